import Testing

/// KnownDirectivesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct KnownDirectivesRuleTests {
    @Test("no directives is valid") func noDirectivesIsValid() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            query Foo {
              name
              ...Frag
            }
            fragment Frag on Dog {
              name
            }
            """#,
            [])
    }

    @Test("standard directives are valid") func standardDirectivesAreValid() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            {
              human @skip(if: false) {
                name
                pets {
                  ... on Dog @include(if: true) {
                    name
                  }
                }
              }
            }
            """#,
            [])
    }

    @Test("an unknown directive is invalid") func anUnknownDirectiveIsInvalid() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            {
              human @unknown(directive: "value") {
                name
              }
            }
            """#,
            [
                #"Unknown directive "@unknown". (2:9)"#
            ])
    }

    @Test("many unknown directives are invalid") func manyUnknownDirectivesAreInvalid() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            {
              __typename @unknown
              human @unknown {
                name
                pets @unknown {
                  name
                }
              }
            }
            """#,
            [
                #"Unknown directive "@unknown". (2:14)"#,
                #"Unknown directive "@unknown". (3:9)"#,
                #"Unknown directive "@unknown". (5:10)"#,
            ])
    }

    @Test("well placed directives are valid") func wellPlacedDirectivesAreValid() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            query ($var: Boolean @onVariableDefinition) @onQuery {
              human @onField {
                ...Frag @onFragmentSpread
                ... @onInlineFragment {
                  name @onField
                }
              }
            }
            mutation @onMutation {
              setName(name: "x") { name }
            }
            subscription @onSubscription {
              importantEmails
            }
            fragment Frag on Human @onFragmentDefinition {
              name
            }
            """#,
            [])
    }

    @Test("directives in type-system definitions are checked for their location")
    func directivesInTypeSystemDefinitionsAreCheckedForTheirLocation() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            scalar S @onField
            type T @onQuery { f(a: Int @onField): Int @skip(if: true) }
            enum E @deprecated { A @deprecated B @onField }
            input I @oneOf { a: Int @deprecated }
            extend input I { b: Int @deprecated }
            schema @onQuery { query: T }
            """#,
            [
                #"Directive "@onField" may not be used on SCALAR. (1:10)"#,
                #"Directive "@onQuery" may not be used on OBJECT. (2:8)"#,
                #"Directive "@onField" may not be used on ARGUMENT_DEFINITION. (2:28)"#,
                #"Directive "@skip" may not be used on FIELD_DEFINITION. (2:43)"#,
                #"Directive "@deprecated" may not be used on ENUM. (3:8)"#,
                #"Directive "@onField" may not be used on ENUM_VALUE. (3:38)"#,
                #"Directive "@onQuery" may not be used on SCHEMA. (6:8)"#,
            ])
    }

    @Test("directives defined by the document count as known") func directivesDefinedByTheDocumentCountAsKnown() throws
    {
        try expectErrors(
            .knownDirectives,
            #"""
            { dog @mine(x: 1) { name } }
            directive @mine(x: Int) on FIELD
            """#,
            [])
    }

    @Test("misplaced directives are invalid") func misplacedDirectivesAreInvalid() throws {
        try expectErrors(
            .knownDirectives,
            #"""
            query ($var: Boolean @onQuery) @onMutation {
              human @onQuery {
                ...Frag @onQuery
                ... @onQuery {
                  name @onQuery
                }
              }
            }
            mutation @onQuery {
              setName(name: "x") { name }
            }
            subscription @onQuery {
              importantEmails
            }
            fragment Frag on Human @onQuery {
              name
            }
            """#,
            [
                #"Directive "@onQuery" may not be used on VARIABLE_DEFINITION. (1:22)"#,
                #"Directive "@onMutation" may not be used on QUERY. (1:32)"#,
                #"Directive "@onQuery" may not be used on FIELD. (2:9)"#,
                #"Directive "@onQuery" may not be used on FRAGMENT_SPREAD. (3:13)"#,
                #"Directive "@onQuery" may not be used on INLINE_FRAGMENT. (4:9)"#,
                #"Directive "@onQuery" may not be used on FIELD. (5:12)"#,
                #"Directive "@onQuery" may not be used on MUTATION. (9:10)"#,
                #"Directive "@onQuery" may not be used on SUBSCRIPTION. (12:14)"#,
                #"Directive "@onQuery" may not be used on FRAGMENT_DEFINITION. (15:24)"#,
            ])
    }
}
