import Testing

/// UniqueDirectivesPerLocationRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct UniqueDirectivesPerLocationRuleTests {
    @Test("no directives is valid") func noDirectivesIsValid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type {
              field
            }
            """#,
            [])
    }

    @Test("unique directives in different locations are valid") func uniqueDirectivesInDifferentLocationsAreValid()
        throws
    {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type @onFragmentDefinition {
              field @onField
            }
            """#,
            [])
    }

    @Test("unique directives in the same location are valid") func uniqueDirectivesInTheSameLocationAreValid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type @onFragmentDefinition @onQuery {
              field @onField @onQuery
            }
            """#,
            [])
    }

    @Test("same directives in different locations are valid") func sameDirectivesInDifferentLocationsAreValid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type @onFragmentDefinition {
              field @onFragmentDefinition
            }
            """#,
            [])
    }

    @Test("same directives in similar locations are valid") func sameDirectivesInSimilarLocationsAreValid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type {
              field @onField
              field @onField
            }
            """#,
            [])
    }

    @Test("repeatable directives in the same location are valid") func repeatableDirectivesInTheSameLocationAreValid()
        throws
    {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type @repeatable @repeatable {
              field @repeatable @repeatable
            }
            """#,
            [])
    }

    @Test("unknown directives are left to KnownDirectives") func unknownDirectivesAreLeftToKnownDirectives() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type {
              field @unknown @unknown
            }
            """#,
            [])
    }

    @Test("duplicate directives in one location are invalid") func duplicateDirectivesInOneLocationAreInvalid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type {
              field @onField @onField
            }
            """#,
            [
                #"The directive "@onField" can only be used once at this location. (2:9, 2:18)"#
            ])
    }

    @Test("many duplicate directives in one location are invalid") func manyDuplicateDirectivesInOneLocationAreInvalid()
        throws
    {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type {
              field @onField @onField @onField
            }
            """#,
            [
                #"The directive "@onField" can only be used once at this location. (2:9, 2:18)"#,
                #"The directive "@onField" can only be used once at this location. (2:9, 2:27)"#,
            ])
    }

    @Test("different duplicate directives in one location are invalid")
    func differentDuplicateDirectivesInOneLocationAreInvalid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type {
              field @onField @onQuery @onField @onQuery
            }
            """#,
            [
                #"The directive "@onField" can only be used once at this location. (2:9, 2:27)"#,
                #"The directive "@onQuery" can only be used once at this location. (2:18, 2:36)"#,
            ])
    }

    @Test("duplicate directives across a type and its extensions are invalid")
    func duplicateDirectivesAcrossATypeAndItsExtensionsAreInvalid() throws {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            type T @onObject { a: Int }
            extend type T @onObject
            directive @onObject on OBJECT
            """#,
            [
                #"The directive "@onObject" can only be used once at this location. (1:8, 2:15)"#
            ])
    }

    @Test("duplicate directives in many locations are invalid") func duplicateDirectivesInManyLocationsAreInvalid()
        throws
    {
        try expectErrors(
            .uniqueDirectivesPerLocation,
            #"""
            fragment Test on Type @onFragmentDefinition @onFragmentDefinition {
              field @onField @onField
            }
            """#,
            [
                #"The directive "@onFragmentDefinition" can only be used once at this location. (1:23, 1:45)"#,
                #"The directive "@onField" can only be used once at this location. (2:9, 2:18)"#,
            ])
    }
}
