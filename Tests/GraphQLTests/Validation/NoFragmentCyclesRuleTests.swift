import Testing

/// NoFragmentCyclesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct NoFragmentCyclesRuleTests {
    @Test("a single reference is valid") func aSingleReferenceIsValid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { name }
            """#,
            [])
    }

    @Test("spreading twice is not circular") func spreadingTwiceIsNotCircular() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB, ...fragB }
            fragment fragB on Dog { name }
            """#,
            [])
    }

    @Test("spreading twice indirectly is not circular") func spreadingTwiceIndirectlyIsNotCircular() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { name }
            """#,
            [])
    }

    @Test("double spread within abstract types is valid") func doubleSpreadWithinAbstractTypesIsValid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment nameFragment on Pet {
              ... on Dog { name }
              ... on Cat { name }
            }

            fragment spreadsInAnon on Pet {
              ... on Dog { ...nameFragment }
              ... on Cat { ...nameFragment }
            }
            """#,
            [])
    }

    @Test("does not false positive on unknown fragment") func doesNotFalsePositiveOnUnknownFragment() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment nameFragment on Pet {
              ...UnknownFragment
            }
            """#,
            [])
    }

    @Test("spreading recursively within a field is invalid") func spreadingRecursivelyWithinAFieldIsInvalid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Human { relatives { ...fragA } },
            """#,
            [
                #"Cannot spread fragment "fragA" within itself. (1:39)"#
            ])
    }

    @Test("spreading itself directly is invalid") func spreadingItselfDirectlyIsInvalid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragA }
            """#,
            [
                #"Cannot spread fragment "fragA" within itself. (1:25)"#
            ])
    }

    @Test("spreading itself directly within an inline fragment is invalid")
    func spreadingItselfDirectlyWithinAnInlineFragmentIsInvalid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Pet {
              ... on Dog {
                ...fragA
              }
            }
            """#,
            [
                #"Cannot spread fragment "fragA" within itself. (3:5)"#
            ])
    }

    @Test("spreading itself indirectly is invalid") func spreadingItselfIndirectlyIsInvalid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragA }
            """#,
            [
                #"Cannot spread fragment "fragA" within itself via "fragB". (1:25, 2:25)"#
            ])
    }

    @Test("spreading itself indirectly reports the opposite order")
    func spreadingItselfIndirectlyReportsTheOppositeOrder() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragB on Dog { ...fragA }
            fragment fragA on Dog { ...fragB }
            """#,
            [
                #"Cannot spread fragment "fragB" within itself via "fragA". (1:25, 2:25)"#
            ])
    }

    @Test("spreading itself deeply is invalid") func spreadingItselfDeeplyIsInvalid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragC }
            fragment fragC on Dog { ...fragO }
            fragment fragX on Dog { ...fragY }
            fragment fragY on Dog { ...fragZ }
            fragment fragZ on Dog { ...fragO }
            fragment fragO on Dog { ...fragP }
            fragment fragP on Dog { ...fragA, ...fragX }
            """#,
            [
                #"Cannot spread fragment "fragA" within itself via "fragB", "fragC", "fragO", "fragP". (1:25, 2:25, 3:25, 7:25, 8:25)"#,
                #"Cannot spread fragment "fragO" within itself via "fragP", "fragX", "fragY", "fragZ". (7:25, 8:35, 4:25, 5:25, 6:25)"#,
            ])
    }

    @Test("spreading itself deeply two paths is invalid") func spreadingItselfDeeplyTwoPathsIsInvalid() throws {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB, ...fragC }
            fragment fragB on Dog { ...fragA }
            fragment fragC on Dog { ...fragA }
            """#,
            [
                #"Cannot spread fragment "fragA" within itself via "fragB". (1:25, 2:25)"#,
                #"Cannot spread fragment "fragA" within itself via "fragC". (1:35, 3:25)"#,
            ])
    }

    @Test("spreading itself deeply and immediately is invalid") func spreadingItselfDeeplyAndImmediatelyIsInvalid()
        throws
    {
        try expectErrors(
            .noFragmentCycles,
            #"""
            fragment fragA on Dog { ...fragB }
            fragment fragB on Dog { ...fragB, ...fragC }
            fragment fragC on Dog { ...fragA, ...fragB }
            """#,
            [
                #"Cannot spread fragment "fragB" within itself. (2:25)"#,
                #"Cannot spread fragment "fragA" within itself via "fragB", "fragC". (1:25, 2:35, 3:25)"#,
                #"Cannot spread fragment "fragB" within itself via "fragC". (2:35, 3:35)"#,
            ])
    }
}
