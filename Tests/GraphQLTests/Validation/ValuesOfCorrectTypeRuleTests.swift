import Testing

/// ValuesOfCorrectTypeRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct ValuesOfCorrectTypeRuleTests {
    @Test("good literals are valid") func goodLiteralsAreValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 2)
                stringArgField(stringArg: "foo")
                booleanArgField(booleanArg: true)
                enumArgField(enumArg: BROWN)
                floatArgField(floatArg: 1.1)
                floatIntArg: floatArgField(floatArg: 1)
                idArgField(idArg: "someIdString")
                intIdArg: idArgField(idArg: 1)
              }
            }
            """#,
            [])
    }

    @Test("null is a valid nullable value") func nullIsAValidNullableValue() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: null)
                stringListArgField(stringListArg: null)
                complexArgField(complexArg: null)
              }
            }
            """#,
            [])
    }

    @Test("an int into a string is invalid") func anIntIntoAStringIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: 1)
              }
            }
            """#,
            [
                #"String cannot represent a non string value: 1 (3:31)"#
            ])
    }

    @Test("a float into a string is invalid") func aFloatIntoAStringIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: 1.0)
              }
            }
            """#,
            [
                #"String cannot represent a non string value: 1.0 (3:31)"#
            ])
    }

    @Test("a boolean into a string is invalid") func aBooleanIntoAStringIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: true)
              }
            }
            """#,
            [
                #"String cannot represent a non string value: true (3:31)"#
            ])
    }

    @Test("an unquoted string into a string is invalid") func anUnquotedStringIntoAStringIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringArgField(stringArg: BAR)
              }
            }
            """#,
            [
                #"String cannot represent a non string value: BAR (3:31)"#
            ])
    }

    @Test("a string into an int is invalid") func aStringIntoAnIntIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: "3")
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: "3" (3:25)"#
            ])
    }

    @Test("a big int into an int is invalid") func aBigIntIntoAnIntIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 829384293849283498239482938)
              }
            }
            """#,
            [
                #"Int cannot represent non 32-bit signed integer value: 829384293849283498239482938 (3:25)"#
            ])
    }

    @Test("an int out of 32-bit range is invalid") func anIntOutOf32BitRangeIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                a: intArgField(intArg: 2147483648)
                b: intArgField(intArg: -2147483649)
                c: intArgField(intArg: 2147483647)
                d: intArgField(intArg: -2147483648)
              }
            }
            """#,
            [
                #"Int cannot represent non 32-bit signed integer value: 2147483648 (3:28)"#,
                #"Int cannot represent non 32-bit signed integer value: -2147483649 (4:28)"#,
            ])
    }

    @Test("a float into an int is invalid") func aFloatIntoAnIntIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: 3.0)
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: 3.0 (3:25)"#
            ])
    }

    @Test("a string into a float is invalid") func aStringIntoAFloatIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                floatArgField(floatArg: "3.333")
              }
            }
            """#,
            [
                #"Float cannot represent non numeric value: "3.333" (3:29)"#
            ])
    }

    @Test("an enum into a float is invalid") func anEnumIntoAFloatIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                floatArgField(floatArg: FOO)
              }
            }
            """#,
            [
                #"Float cannot represent non numeric value: FOO (3:29)"#
            ])
    }

    @Test("an int into a boolean is invalid") func anIntIntoABooleanIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                booleanArgField(booleanArg: 2)
              }
            }
            """#,
            [
                #"Boolean cannot represent a non boolean value: 2 (3:33)"#
            ])
    }

    @Test("a string into a boolean is invalid") func aStringIntoABooleanIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                booleanArgField(booleanArg: "true")
              }
            }
            """#,
            [
                #"Boolean cannot represent a non boolean value: "true" (3:33)"#
            ])
    }

    @Test("a float into an id is invalid") func aFloatIntoAnIdIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                idArgField(idArg: 1.0)
              }
            }
            """#,
            [
                #"ID cannot represent a non-string and non-integer value: 1.0 (3:23)"#
            ])
    }

    @Test("a boolean into an id is invalid") func aBooleanIntoAnIdIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                idArgField(idArg: true)
              }
            }
            """#,
            [
                #"ID cannot represent a non-string and non-integer value: true (3:23)"#
            ])
    }

    @Test("an int into an enum is invalid") func anIntIntoAnEnumIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: 2)
              }
            }
            """#,
            [
                #"Enum "DogCommand" cannot represent non-enum value: 2. (3:33)"#
            ])
    }

    @Test("a string into an enum is invalid") func aStringIntoAnEnumIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: "SIT")
              }
            }
            """#,
            [
                #"Enum "DogCommand" cannot represent non-enum value: "SIT". Did you mean the enum value "SIT"? (3:33)"#
            ])
    }

    @Test("an unknown enum value is invalid") func anUnknownEnumValueIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: JUGGLE)
              }
            }
            """#,
            [
                #"Value "JUGGLE" does not exist in "DogCommand" enum. (3:33)"#
            ])
    }

    @Test("a different case enum value is invalid") func aDifferentCaseEnumValueIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: sit)
              }
            }
            """#,
            [
                #"Value "sit" does not exist in "DogCommand" enum. Did you mean the enum value "SIT"? (3:33)"#
            ])
    }

    @Test("a boolean into an enum is invalid") func aBooleanIntoAnEnumIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog {
                doesKnowCommand(dogCommand: true)
              }
            }
            """#,
            [
                #"Enum "DogCommand" cannot represent non-enum value: true. (3:33)"#
            ])
    }

    @Test("good list values are valid") func goodListValuesAreValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                a: stringListArgField(stringListArg: ["one", null, "two"])
                b: stringListArgField(stringListArg: [])
                c: stringListArgField(stringListArg: "one")
              }
            }
            """#,
            [])
    }

    @Test("an incorrect list item is invalid") func anIncorrectListItemIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringListArgField(stringListArg: ["one", 2])
              }
            }
            """#,
            [
                #"String cannot represent a non string value: 2 (3:47)"#
            ])
    }

    @Test("a single value of the wrong type into a list is invalid") func aSingleValueOfTheWrongTypeIntoAListIsInvalid()
        throws
    {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringListArgField(stringListArg: 1)
              }
            }
            """#,
            [
                #"String cannot represent a non string value: 1 (3:39)"#
            ])
    }

    @Test("null in a non-null list is invalid") func nullInANonNullListIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: ["one", null])
              }
            }
            """#,
            [
                #"Expected value of type "String!", found null. (3:61)"#
            ])
    }

    @Test("a list into a scalar is invalid") func aListIntoAScalarIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: [1, "x"])
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: [1, "x"] (3:25)"#
            ])
    }

    @Test("a list of lists into a list is invalid") func aListOfListsIntoAListIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                stringListArgField(stringListArg: [["a"]])
              }
            }
            """#,
            [
                #"String cannot represent a non string value: ["a"] (3:40)"#
            ])
    }

    @Test("required arguments given are valid") func requiredArgumentsGivenAreValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: 1, req2: 2)
                nonNullFieldWithDefault(arg: 2)
              }
            }
            """#,
            [])
    }

    @Test("null into a non-null argument is invalid") func nullIntoANonNullArgumentIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                multipleReqs(req1: null, req2: 2)
              }
            }
            """#,
            [
                #"Expected value of type "Int!", found null. (3:24)"#
            ])
    }

    @Test("wrong types into non-null arguments are invalid") func wrongTypesIntoNonNullArgumentsAreInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                multipleReqs(req2: "two", req1: "one")
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: "two" (3:24)"#,
                #"Int cannot represent non-integer value: "one" (3:37)"#,
            ])
    }

    @Test("a complete input object is valid") func aCompleteInputObjectIsValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  intField: 4,
                  stringField: "foo",
                  booleanField: false,
                  stringListField: ["one", "two"]
                })
              }
            }
            """#,
            [])
    }

    @Test("an input object missing a required field is invalid") func anInputObjectMissingARequiredFieldIsInvalid()
        throws
    {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: { intField: 4 })
              }
            }
            """#,
            [
                #"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided. (3:33)"#
            ])
    }

    @Test("an input object with a wrong field value is invalid") func anInputObjectWithAWrongFieldValueIsInvalid()
        throws
    {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  stringListField: ["one", 2],
                  requiredField: true,
                })
              }
            }
            """#,
            [
                #"String cannot represent a non string value: 2 (4:32)"#
            ])
    }

    @Test("an input object with an unknown field is invalid") func anInputObjectWithAnUnknownFieldIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: {
                  requiredField: true,
                  invalidField: "value"
                  strngField: "x"
                })
              }
            }
            """#,
            [
                #"Field "invalidField" is not defined by type "ComplexInput". Did you mean "intField"? (5:7)"#,
                #"Field "strngField" is not defined by type "ComplexInput". Did you mean "stringField", "intField", or "stringListField"? (6:7)"#,
            ])
    }

    @Test("an input object field given null into non-null is invalid")
    func anInputObjectFieldGivenNullIntoNonNullIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: null })
              }
            }
            """#,
            [
                #"Expected value of type "Boolean!", found null. (3:50)"#
            ])
    }

    @Test("an object into a scalar is invalid") func anObjectIntoAScalarIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: { a: 1, b: [2] })
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: {a: 1, b: [2]} (3:25)"#
            ])
    }

    @Test("a scalar into an input object is invalid") func aScalarIntoAnInputObjectIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                complexArgField(complexArg: 5)
              }
            }
            """#,
            [
                #"Expected value of type "ComplexInput", found 5. (3:33)"#
            ])
    }

    @Test("directive arguments of correct type are valid") func directiveArgumentsOfCorrectTypeAreValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog @include(if: true) {
                name
              }
              human @skip(if: false) {
                name
              }
            }
            """#,
            [])
    }

    @Test("directive arguments of wrong type are invalid") func directiveArgumentsOfWrongTypeAreInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              dog @include(if: "yes") {
                name @skip(if: ENUM)
              }
            }
            """#,
            [
                #"Boolean cannot represent a non boolean value: "yes" (2:20)"#,
                #"Boolean cannot represent a non boolean value: ENUM (3:20)"#,
            ])
    }

    @Test("variable defaults of correct type are valid") func variableDefaultsOfCorrectTypeAreValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query WithDefaultValues(
              $a: Int = 1,
              $b: String = "ok",
              $c: ComplexInput = { requiredField: true, intField: 3 }
              $d: Int! = 123
            ) {
              dog { name }
            }
            """#,
            [])
    }

    @Test("variable defaults of wrong type are invalid") func variableDefaultsOfWrongTypeAreInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query InvalidDefaultValues(
              $a: Int = "one",
              $b: String = 4,
              $c: ComplexInput = "NotVeryComplex"
              $d: [String] = [1]
            ) {
              dog { name }
            }
            """#,
            [
                #"Int cannot represent non-integer value: "one" (2:13)"#,
                #"String cannot represent a non string value: 4 (3:16)"#,
                #"Expected value of type "ComplexInput", found "NotVeryComplex". (4:22)"#,
                #"String cannot represent a non string value: 1 (5:19)"#,
            ])
    }

    @Test("complex variable defaults missing fields are invalid") func complexVariableDefaultsMissingFieldsAreInvalid()
        throws
    {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query MissingRequiredField($a: ComplexInput = {intField: 3}) {
              dog { name }
            }
            """#,
            [
                #"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided. (1:47)"#
            ])
    }

    @Test("null variable defaults into non-null are invalid") func nullVariableDefaultsIntoNonNullAreInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query WithDefaultValues(
              $a: Int! = null,
              $b: String! = null,
              $c: ComplexInput = { requiredField: null, intField: null }
            ) {
              dog { name }
            }
            """#,
            [
                #"Expected value of type "Int!", found null. (2:14)"#,
                #"Expected value of type "String!", found null. (3:17)"#,
                #"Expected value of type "Boolean!", found null. (4:39)"#,
            ])
    }

    @Test("custom scalars accept any literal") func customScalarsAcceptAnyLiteral() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              a: when(at: "2026-01-01")
              b: when(at: 4)
              c: when(at: {x: [1, BAR]})
            }
            """#,
            [])
    }

    @Test("variables are not checked by this rule") func variablesAreNotCheckedByThisRule() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query Q($x: String) {
              complicatedArgs {
                intArgField(intArg: $x)
              }
            }
            """#,
            [])
    }

    @Test("printed values escape strings") func printedValuesEscapeStrings() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: "a\"b\\c\n")
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: "a\"b\\c\n" (3:25)"#
            ])
    }

    @Test("a block string into an int is printed as a block string") func aBlockStringIntoAnIntIsPrintedAsABlockString()
        throws
    {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                intArgField(intArg: """hello""")
              }
            }
            """#,
            [
                #"Int cannot represent non-integer value: """hello""" (3:25)"#
            ])
    }

    @Test("a oneOf input object with one field is valid") func aOneOfInputObjectWithOneFieldIsValid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc" })
              }
            }
            """#,
            [])
    }

    @Test("a oneOf input object with a non-null variable is valid") func aOneOfInputObjectWithANonNullVariableIsValid()
        throws
    {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query ($string: String!) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """#,
            [])
    }

    @Test("a oneOf input object with two fields is invalid") func aOneOfInputObjectWithTwoFieldsIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
              }
            }
            """#,
            [
                #"OneOf Input Object "OneOfInput" must specify exactly one key. (3:29)"#
            ])
    }

    @Test("a oneOf input object with a null field is invalid") func aOneOfInputObjectWithANullFieldIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: null })
              }
            }
            """#,
            [
                #"Field "OneOfInput.stringField" must be non-null. (3:29)"#
            ])
    }

    @Test("a oneOf input object with a nullable variable is invalid")
    func aOneOfInputObjectWithANullableVariableIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            query ($string: String) {
              complicatedArgs {
                oneOfArgField(oneOfArg: { stringField: $string })
              }
            }
            """#,
            [
                #"Variable "string" must be non-nullable to be used for OneOf Input Object "OneOfInput". (3:29)"#
            ])
    }

    @Test("an empty oneOf input object is invalid") func anEmptyOneOfInputObjectIsInvalid() throws {
        try expectErrors(
            .valuesOfCorrectType,
            #"""
            {
              complicatedArgs {
                oneOfArgField(oneOfArg: {})
              }
            }
            """#,
            [
                #"OneOf Input Object "OneOfInput" must specify exactly one key. (3:29)"#
            ])
    }
}
