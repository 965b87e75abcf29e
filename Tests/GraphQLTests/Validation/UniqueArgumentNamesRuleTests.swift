import Testing

/// UniqueArgumentNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct UniqueArgumentNamesRuleTests {
    @Test("no arguments on a field is valid") func noArgumentsOnAFieldIsValid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field
            }
            """#,
            [])
    }

    @Test("no arguments on a directive is valid") func noArgumentsOnADirectiveIsValid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field @directive
            }
            """#,
            [])
    }

    @Test("an argument on a field is valid") func anArgumentOnAFieldIsValid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field(arg: "value")
            }
            """#,
            [])
    }

    @Test("the same argument on two fields is valid") func theSameArgumentOnTwoFieldsIsValid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              one: field(arg: "value")
              two: field(arg: "value")
            }
            """#,
            [])
    }

    @Test("the same argument on a field and a directive is valid") func theSameArgumentOnAFieldAndADirectiveIsValid()
        throws
    {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field(arg: "value") @directive(arg: "value")
            }
            """#,
            [])
    }

    @Test("multiple field arguments are valid") func multipleFieldArgumentsAreValid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field(arg1: "value", arg2: "value", arg3: "value")
            }
            """#,
            [])
    }

    @Test("duplicate field arguments are invalid") func duplicateFieldArgumentsAreInvalid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field(arg1: "value", arg1: "value")
            }
            """#,
            [
                #"There can be only one argument named "arg1". (2:9, 2:24)"#
            ])
    }

    @Test("many duplicate field arguments are invalid") func manyDuplicateFieldArgumentsAreInvalid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field(arg1: "value", arg1: "value", arg1: "value")
            }
            """#,
            [
                #"There can be only one argument named "arg1". (2:9, 2:24, 2:39)"#
            ])
    }

    @Test("duplicate directive arguments are invalid") func duplicateDirectiveArgumentsAreInvalid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field @directive(arg1: "value", arg1: "value")
            }
            """#,
            [
                #"There can be only one argument named "arg1". (2:20, 2:35)"#
            ])
    }

    @Test("many duplicate directive arguments are invalid") func manyDuplicateDirectiveArgumentsAreInvalid() throws {
        try expectErrors(
            .uniqueArgumentNames,
            #"""
            {
              field @directive(arg1: "value", arg1: "value", arg1: "value")
            }
            """#,
            [
                #"There can be only one argument named "arg1". (2:20, 2:35, 2:50)"#
            ])
    }
}
