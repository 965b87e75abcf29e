import Testing

/// KnownTypeNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct KnownTypeNamesRuleTests {
    @Test("known types are valid") func knownTypesAreValid() throws {
        try expectErrors(
            .knownTypeNames,
            #"""
            query Foo(
              $var: String
              $required: [Int!]!
              $introspectionType: __EnumValue
            ) {
              dog {
                name
              }
              ... on QueryRoot { dog { name } }
              ...PetFields
            }
            fragment PetFields on Pet {
              name
            }
            """#,
            [])
    }

    @Test("unknown types are invalid") func unknownTypesAreInvalid() throws {
        try expectErrors(
            .knownTypeNames,
            #"""
            query Foo($var: [JumbledUpLetters!]!) {
              dog {
                name
                pets { ... on Badger { name }, ...PetFields }
              }
            }
            fragment PetFields on Peat {
              name
            }
            """#,
            [
                #"Unknown type "JumbledUpLetters". (1:18)"#,
                #"Unknown type "Badger". (4:19)"#,
                #"Unknown type "Peat". Did you mean "Pet" or "Cat"? (7:23)"#,
            ])
    }

    @Test("a misspelt type suggests the closest") func aMisspeltTypeSuggestsTheClosest() throws {
        try expectErrors(
            .knownTypeNames,
            #"""
            query Foo($var: Strin, $b: Bolean, $c: Int) { dog { name } }
            fragment F on Cats { name }
            """#,
            [
                #"Unknown type "Strin". Did you mean "String"? (1:17)"#,
                #"Unknown type "Bolean". Did you mean "Boolean"? (1:28)"#,
                #"Unknown type "Cats". Did you mean "Cat"? (2:15)"#,
            ])
    }

    @Test("types defined by the document count as known") func typesDefinedByTheDocumentCountAsKnown() throws {
        try expectErrors(
            .knownTypeNames,
            #"""
            query Foo($var: Custom) { dog { name } }
            input Custom { a: Int }
            """#,
            [])
    }

    @Test("unknown types in type-system definitions are reported with suggestions")
    func unknownTypesInTypeSystemDefinitionsAreReportedWithSuggestions() throws {
        try expectErrors(
            .knownTypeNames,
            #"""
            type Foo implements Peet & Node { a(x: Strng): Dgo b: [Foo!] c: Float }
            union U = Foo | Kat
            schema { query: Foo mutation: Mutaton }
            """#,
            [
                #"Unknown type "Peet". Did you mean "Pet"? (1:21)"#,
                #"Unknown type "Node". (1:28)"#,
                #"Unknown type "Strng". Did you mean "String"? (1:40)"#,
                #"Unknown type "Dgo". Did you mean "Dog" or "Foo"? (1:48)"#,
                #"Unknown type "Kat". Did you mean "Cat", "Int", or "Pet"? (2:17)"#,
                #"Unknown type "Mutaton". (3:31)"#,
            ])
    }
}
