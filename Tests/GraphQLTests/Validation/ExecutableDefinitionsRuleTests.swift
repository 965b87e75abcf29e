import Testing

/// ExecutableDefinitionsRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct ExecutableDefinitionsRuleTests {
    @Test("only operations is valid") func onlyOperationsIsValid() throws {
        try expectErrors(
            .executableDefinitions,
            #"""
            query Foo {
              dog {
                name
              }
            }
            """#,
            [])
    }

    @Test("operations and fragments are valid") func operationsAndFragmentsAreValid() throws {
        try expectErrors(
            .executableDefinitions,
            #"""
            query Foo {
              dog {
                name
                ...Frag
              }
            }

            fragment Frag on Dog {
              name
            }
            """#,
            [])
    }

    @Test("a type definition is not executable") func aTypeDefinitionIsNotExecutable() throws {
        try expectErrors(
            .executableDefinitions,
            #"""
            query Foo {
              dog {
                name
              }
            }

            type Cow {
              name: String
            }

            extend type Dog {
              color: String
            }
            """#,
            [
                #"The "Cow" definition is not executable. (7:1)"#,
                #"The "Dog" definition is not executable. (11:1)"#,
            ])
    }

    @Test("a schema definition is not executable") func aSchemaDefinitionIsNotExecutable() throws {
        try expectErrors(
            .executableDefinitions,
            #"""
            schema {
              query: Query
            }

            type Query {
              test: String
            }

            extend schema @directive
            """#,
            [
                #"The schema definition is not executable. (1:1)"#,
                #"The "Query" definition is not executable. (5:1)"#,
                #"The schema definition is not executable. (9:1)"#,
            ])
    }

    @Test("a directive definition is not executable") func aDirectiveDefinitionIsNotExecutable() throws {
        try expectErrors(
            .executableDefinitions,
            #"""
            { dog { name } }
            directive @foo on FIELD
            """#,
            [
                #"The "foo" definition is not executable. (2:1)"#
            ])
    }
}
