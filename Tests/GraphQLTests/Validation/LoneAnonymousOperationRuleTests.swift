import Testing

/// LoneAnonymousOperationRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct LoneAnonymousOperationRuleTests {
    @Test("one anonymous operation is valid") func oneAnonymousOperationIsValid() throws {
        try expectErrors(
            .loneAnonymousOperation,
            #"""
            {
              field
            }
            """#,
            [])
    }

    @Test("named operations are valid") func namedOperationsAreValid() throws {
        try expectErrors(
            .loneAnonymousOperation,
            #"""
            query Foo { field }
            query Bar { field }
            """#,
            [])
    }

    @Test("an anonymous operation with a fragment is valid") func anAnonymousOperationWithAFragmentIsValid() throws {
        try expectErrors(
            .loneAnonymousOperation,
            #"""
            {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """#,
            [])
    }

    @Test("two anonymous operations are invalid") func twoAnonymousOperationsAreInvalid() throws {
        try expectErrors(
            .loneAnonymousOperation,
            #"""
            {
              fieldA
            }
            {
              fieldB
            }
            """#,
            [
                #"This anonymous operation must be the only defined operation. (1:1)"#,
                #"This anonymous operation must be the only defined operation. (4:1)"#,
            ])
    }

    @Test("an anonymous operation with a mutation is invalid") func anAnonymousOperationWithAMutationIsInvalid() throws
    {
        try expectErrors(
            .loneAnonymousOperation,
            #"""
            {
              fieldA
            }
            mutation Foo {
              fieldB
            }
            """#,
            [
                #"This anonymous operation must be the only defined operation. (1:1)"#
            ])
    }

    @Test("an anonymous query keyword form with another operation is invalid")
    func anAnonymousQueryKeywordFormWithAnotherOperationIsInvalid() throws {
        try expectErrors(
            .loneAnonymousOperation,
            #"""
            query {
              fieldA
            }
            query Foo {
              fieldB
            }
            """#,
            [
                #"This anonymous operation must be the only defined operation. (1:1)"#
            ])
    }
}
