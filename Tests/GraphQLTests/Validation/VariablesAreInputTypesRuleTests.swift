import Testing

/// VariablesAreInputTypesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct VariablesAreInputTypesRuleTests {
    @Test("unknown types are left to KnownTypeNames") func unknownTypesAreLeftToKnownTypeNames() throws {
        try expectErrors(
            .variablesAreInputTypes,
            #"""
            query Foo($a: Unknown, $b: [[Unknown!]]!) {
              field(a: $a, b: $b)
            }
            """#,
            [])
    }

    @Test("input types are valid") func inputTypesAreValid() throws {
        try expectErrors(
            .variablesAreInputTypes,
            #"""
            query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [])
    }

    @Test("output types are invalid") func outputTypesAreInvalid() throws {
        try expectErrors(
            .variablesAreInputTypes,
            #"""
            query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [
                #"Variable "$a" cannot be non-input type "Dog". (1:15)"#,
                #"Variable "$b" cannot be non-input type "[[CatOrDog!]]!". (1:24)"#,
                #"Variable "$c" cannot be non-input type "Pet". (1:44)"#,
            ])
    }
}
