import Testing

/// UniqueFragmentNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct UniqueFragmentNamesRuleTests {
    @Test("no fragments is valid") func noFragmentsIsValid() throws {
        try expectErrors(
            .uniqueFragmentNames,
            #"""
            {
              field
            }
            """#,
            [])
    }

    @Test("one fragment is valid") func oneFragmentIsValid() throws {
        try expectErrors(
            .uniqueFragmentNames,
            #"""
            {
              ...fragA
            }

            fragment fragA on Type {
              field
            }
            """#,
            [])
    }

    @Test("many fragments are valid") func manyFragmentsAreValid() throws {
        try expectErrors(
            .uniqueFragmentNames,
            #"""
            {
              ...fragA
              ...fragB
              ...fragC
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragB on Type {
              fieldB
            }
            fragment fragC on Type {
              fieldC
            }
            """#,
            [])
    }

    @Test("fragments named like fields are valid") func fragmentsNamedLikeFieldsAreValid() throws {
        try expectErrors(
            .uniqueFragmentNames,
            #"""
            {
              ...on Type {
                fragA
              }
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            """#,
            [])
    }

    @Test("two fragments with one name are invalid") func twoFragmentsWithOneNameAreInvalid() throws {
        try expectErrors(
            .uniqueFragmentNames,
            #"""
            {
              ...fragA
            }
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """#,
            [
                #"There can be only one fragment named "fragA". (4:10, 7:10)"#
            ])
    }

    @Test("fragments with one name but no spreads are invalid") func fragmentsWithOneNameButNoSpreadsAreInvalid() throws
    {
        try expectErrors(
            .uniqueFragmentNames,
            #"""
            fragment fragA on Type {
              fieldA
            }
            fragment fragA on Type {
              fieldB
            }
            """#,
            [
                #"There can be only one fragment named "fragA". (1:10, 4:10)"#
            ])
    }
}
