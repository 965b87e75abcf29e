import Testing

/// ScalarLeafsRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct ScalarLeafsRuleTests {
    @Test("an object with a selection is valid") func anObjectWithASelectionIsValid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            fragment objectFieldSelection on Dog {
              ... on Dog {
                isHousetrained
              }
            }
            """#,
            [])
    }

    @Test("a scalar without selection is valid") func aScalarWithoutSelectionIsValid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            fragment scalarSelection on Dog {
              barks
            }
            """#,
            [])
    }

    @Test("an object without selection is invalid") func anObjectWithoutSelectionIsInvalid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            query directQueryOnObjectWithoutSubFields {
              human
            }
            """#,
            [
                #"Field "human" of type "Human" must have a selection of subfields. Did you mean "human { ... }"? (2:3)"#
            ])
    }

    @Test("an interface without selection is invalid") func anInterfaceWithoutSelectionIsInvalid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            {
              human { pets }
            }
            """#,
            [
                #"Field "pets" of type "[Pet]" must have a selection of subfields. Did you mean "pets { ... }"? (2:11)"#
            ])
    }

    @Test("a non-null list of objects without selection is invalid")
    func aNonNullListOfObjectsWithoutSelectionIsInvalid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            {
              human { relatives }
            }
            """#,
            [
                #"Field "relatives" of type "[Human]!" must have a selection of subfields. Did you mean "relatives { ... }"? (2:11)"#
            ])
    }

    @Test("a scalar with arguments and no selection is valid") func aScalarWithArgumentsAndNoSelectionIsValid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            fragment scalarSelectionWithArgs on Dog {
              doesKnowCommand(dogCommand: SIT)
            }
            """#,
            [])
    }

    @Test("a scalar with a selection is invalid") func aScalarWithASelectionIsInvalid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            fragment scalarSelectionsNotAllowedOnBoolean on Dog {
              barks { sinceWhen }
            }
            """#,
            [
                #"Field "barks" must not have a selection since type "Boolean" has no subfields. (2:9)"#
            ])
    }

    @Test("an enum with a selection is invalid") func anEnumWithASelectionIsInvalid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            fragment scalarSelectionsNotAllowedOnEnum on Cat {
              furColor { inHexDec }
            }
            """#,
            [
                #"Field "furColor" must not have a selection since type "FurColor" has no subfields. (2:12)"#
            ])
    }

    @Test("a scalar with arguments and a selection is invalid") func aScalarWithArgumentsAndASelectionIsInvalid() throws
    {
        try expectErrors(
            .scalarLeafs,
            #"""
            fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
              doesKnowCommand(dogCommand: SIT) @onField { sinceWhen }
            }
            """#,
            [
                #"Field "doesKnowCommand" must not have a selection since type "Boolean" has no subfields. (2:45)"#
            ])
    }

    @Test("a typename with a selection is invalid") func aTypenameWithASelectionIsInvalid() throws {
        try expectErrors(
            .scalarLeafs,
            #"""
            { dog { __typename { x } } }
            """#,
            [
                #"Field "__typename" must not have a selection since type "String!" has no subfields. (1:20)"#
            ])
    }
}
