import Testing

/// NoUnusedFragmentsRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct NoUnusedFragmentsRuleTests {
    @Test("all fragment names used are valid") func allFragmentNamesUsedAreValid() throws {
        try expectErrors(
            .noUnusedFragments,
            #"""
            {
              human(id: 4) {
                ...HumanFields1
                ... on Human {
                  ...HumanFields2
                }
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """#,
            [])
    }

    @Test("fragments used by multiple operations are valid") func fragmentsUsedByMultipleOperationsAreValid() throws {
        try expectErrors(
            .noUnusedFragments,
            #"""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            """#,
            [])
    }

    @Test("unused fragments are invalid") func unusedFragmentsAreInvalid() throws {
        try expectErrors(
            .noUnusedFragments,
            #"""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            query Bar {
              human(id: 4) {
                ...HumanFields2
              }
            }
            fragment HumanFields1 on Human {
              name
              ...HumanFields3
            }
            fragment HumanFields2 on Human {
              name
            }
            fragment HumanFields3 on Human {
              name
            }
            fragment Unused1 on Human {
              name
            }
            fragment Unused2 on Human {
              name
            }
            """#,
            [
                #"Fragment "Unused1" is never used. (21:1)"#,
                #"Fragment "Unused2" is never used. (24:1)"#,
            ])
    }

    @Test("unused fragments referencing each other are invalid") func unusedFragmentsReferencingEachOtherAreInvalid()
        throws
    {
        try expectErrors(
            .noUnusedFragments,
            #"""
            query Foo {
              human(id: 4) {
                ...HumanFields1
              }
            }
            fragment HumanFields1 on Human {
              name
            }
            fragment Unused1 on Human {
              name
              ...Unused2
            }
            fragment Unused2 on Human {
              name
              ...Unused1
            }
            """#,
            [
                #"Fragment "Unused1" is never used. (9:1)"#,
                #"Fragment "Unused2" is never used. (13:1)"#,
            ])
    }

    @Test("a fragment spread before its definition with an unknown fragment is handled")
    func aFragmentSpreadBeforeItsDefinitionWithAnUnknownFragmentIsHandled() throws {
        try expectErrors(
            .noUnusedFragments,
            #"""
            query Foo {
              human(id: 4) {
                ...bar
              }
            }
            fragment foo on Human {
              name
            }
            """#,
            [
                #"Fragment "foo" is never used. (6:1)"#
            ])
    }
}
