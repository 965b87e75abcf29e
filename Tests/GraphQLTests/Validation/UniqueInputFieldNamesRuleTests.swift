import Testing

/// UniqueInputFieldNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct UniqueInputFieldNamesRuleTests {
    @Test("an input object with fields is valid") func anInputObjectWithFieldsIsValid() throws {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg: { f: true })
            }
            """#,
            [])
    }

    @Test("the same input object within two arguments is valid") func theSameInputObjectWithinTwoArgumentsIsValid()
        throws
    {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg1: { f: true }, arg2: { f: true })
            }
            """#,
            [])
    }

    @Test("multiple input object fields are valid") func multipleInputObjectFieldsAreValid() throws {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg: { f1: "value", f2: "value", f3: "value" })
            }
            """#,
            [])
    }

    @Test("nested input objects with similar fields are valid") func nestedInputObjectsWithSimilarFieldsAreValid()
        throws
    {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg: {
                deep: {
                  deep: {
                    id: 1
                  }
                  id: 1
                }
                id: 1
              })
            }
            """#,
            [])
    }

    @Test("duplicate input object fields are invalid") func duplicateInputObjectFieldsAreInvalid() throws {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg: { f1: "value", f1: "value" })
            }
            """#,
            [
                #"There can be only one input field named "f1". (2:16, 2:29)"#
            ])
    }

    @Test("many duplicate input object fields are invalid") func manyDuplicateInputObjectFieldsAreInvalid() throws {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg: { f1: "value", f1: "value", f1: "value" })
            }
            """#,
            [
                #"There can be only one input field named "f1". (2:16, 2:29)"#,
                #"There can be only one input field named "f1". (2:16, 2:42)"#,
            ])
    }

    @Test("nested duplicate input object fields are invalid") func nestedDuplicateInputObjectFieldsAreInvalid() throws {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            {
              field(arg: { f1: {f2: "value", f2: "value" }})
            }
            """#,
            [
                #"There can be only one input field named "f2". (2:21, 2:34)"#
            ])
    }

    @Test("duplicates in a variable default are invalid") func duplicatesInAVariableDefaultAreInvalid() throws {
        try expectErrors(
            .uniqueInputFieldNames,
            #"""
            query ($v: ComplexInput = {requiredField: true, requiredField: false}) { dog { name } }
            """#,
            [
                #"There can be only one input field named "requiredField". (1:28, 1:49)"#
            ])
    }
}
