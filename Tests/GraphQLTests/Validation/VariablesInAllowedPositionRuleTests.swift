import Testing

/// VariablesInAllowedPositionRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct VariablesInAllowedPositionRuleTests {
    @Test("a boolean into a boolean is valid") func aBooleanIntoABooleanIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
            }
            """#,
            [])
    }

    @Test("a boolean into a boolean within a fragment is valid") func aBooleanIntoABooleanWithinAFragmentIsValid()
        throws
    {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            fragment booleanArgFrag on ComplicatedArgs {
              booleanArgField(booleanArg: $booleanArg)
            }
            query Query($booleanArg: Boolean)
            {
              complicatedArgs {
                ...booleanArgFrag
              }
            }
            """#,
            [])
    }

    @Test("a non-null boolean into a boolean is valid") func aNonNullBooleanIntoABooleanIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($nonNullBooleanArg: Boolean!)
            {
              complicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }
            }
            """#,
            [])
    }

    @Test("a string list into a string list is valid") func aStringListIntoAStringListIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """#,
            [])
    }

    @Test("a non-null string list into a string list is valid") func aNonNullStringListIntoAStringListIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringListVar: [String!])
            {
              complicatedArgs {
                stringListArgField(stringListArg: $stringListVar)
              }
            }
            """#,
            [])
    }

    @Test("a string into a string list item is valid") func aStringIntoAStringListItemIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringVar: String)
            {
              complicatedArgs {
                stringListArgField(stringListArg: [$stringVar])
              }
            }
            """#,
            [])
    }

    @Test("a complex input into a complex input is valid") func aComplexInputIntoAComplexInputIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($complexVar: ComplexInput)
            {
              complicatedArgs {
                complexArgField(complexArg: $complexVar)
              }
            }
            """#,
            [])
    }

    @Test("a boolean into a non-null directive argument with a default is valid")
    func aBooleanIntoANonNullDirectiveArgumentWithADefaultIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($boolVar: Boolean = false)
            {
              dog @include(if: $boolVar)
            }
            """#,
            [])
    }

    @Test("an int into a non-null int is invalid") func anIntIntoANonNullIntIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($intArg: Int) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
            }
            """#,
            [
                #"Variable "$intArg" of type "Int" used in position expecting type "Int!". (1:13, 3:39)"#
            ])
    }

    @Test("an int into a non-null int within a fragment is invalid") func anIntIntoANonNullIntWithinAFragmentIsInvalid()
        throws
    {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            fragment nonNullIntArgFieldFrag on ComplicatedArgs {
              nonNullIntArgField(nonNullIntArg: $intArg)
            }

            query Query($intArg: Int) {
              complicatedArgs {
                ...nonNullIntArgFieldFrag
              }
            }
            """#,
            [
                #"Variable "$intArg" of type "Int" used in position expecting type "Int!". (5:13, 2:37)"#
            ])
    }

    @Test("a string into a boolean is invalid") func aStringIntoABooleanIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringVar: String) {
              complicatedArgs {
                booleanArgField(booleanArg: $stringVar)
              }
            }
            """#,
            [
                #"Variable "$stringVar" of type "String" used in position expecting type "Boolean". (1:13, 3:33)"#
            ])
    }

    @Test("a string into a string list is invalid") func aStringIntoAStringListIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringVar: String) {
              complicatedArgs {
                stringListArgField(stringListArg: $stringVar)
              }
            }
            """#,
            [
                #"Variable "$stringVar" of type "String" used in position expecting type "[String]". (1:13, 3:39)"#
            ])
    }

    @Test("a boolean into a non-null directive argument is invalid")
    func aBooleanIntoANonNullDirectiveArgumentIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($boolVar: Boolean) {
              dog @include(if: $boolVar)
            }
            """#,
            [
                #"Variable "$boolVar" of type "Boolean" used in position expecting type "Boolean!". (1:13, 2:20)"#
            ])
    }

    @Test("a string into a non-null boolean directive argument is invalid")
    func aStringIntoANonNullBooleanDirectiveArgumentIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringVar: String) {
              dog @include(if: $stringVar)
            }
            """#,
            [
                #"Variable "$stringVar" of type "String" used in position expecting type "Boolean!". (1:13, 2:20)"#
            ])
    }

    @Test("a string list into a non-null string list item is invalid")
    func aStringListIntoANonNullStringListItemIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($stringListVar: [String])
            {
              complicatedArgs {
                stringListNonNullArgField(stringListNonNullArg: $stringListVar)
              }
            }
            """#,
            [
                #"Variable "$stringListVar" of type "[String]" used in position expecting type "[String!]". (1:13, 4:53)"#
            ])
    }

    @Test("an int with a non-null default into a non-null int is valid")
    func anIntWithANonNullDefaultIntoANonNullIntIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($intVar: Int = 1) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """#,
            [])
    }

    @Test("an int with a null default into a non-null int is invalid")
    func anIntWithANullDefaultIntoANonNullIntIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($intVar: Int = null) {
              complicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intVar)
              }
            }
            """#,
            [
                #"Variable "$intVar" of type "Int" used in position expecting type "Int!". (1:13, 3:39)"#
            ])
    }

    @Test("an int into a non-null argument with a default is valid") func anIntIntoANonNullArgumentWithADefaultIsValid()
        throws
    {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($intVar: Int) {
              complicatedArgs {
                nonNullFieldWithDefault(arg: $intVar)
              }
            }
            """#,
            [])
    }

    @Test("a boolean into a non-null input field is invalid") func aBooleanIntoANonNullInputFieldIsInvalid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: $boolVar })
              }
            }
            """#,
            [
                #"Variable "$boolVar" of type "Boolean" used in position expecting type "Boolean!". (1:13, 3:50)"#
            ])
    }

    @Test("a boolean into a non-null input field with a default is valid")
    func aBooleanIntoANonNullInputFieldWithADefaultIsValid() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($boolVar: Boolean) {
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar })
              }
            }
            """#,
            [])
    }

    @Test("a variable in a list at a scalar position takes the scalar type")
    func aVariableInAListAtAScalarPositionTakesTheScalarType() throws {
        try expectErrors(
            .variablesInAllowedPosition,
            #"""
            query Query($s: String) {
              complicatedArgs {
                intArgField(intArg: [$s])
              }
            }
            """#,
            [
                #"Variable "$s" of type "String" used in position expecting type "Int". (1:13, 3:26)"#
            ])
    }
}
