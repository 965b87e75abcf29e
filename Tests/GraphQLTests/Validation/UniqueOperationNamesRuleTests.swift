import Testing

/// UniqueOperationNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct UniqueOperationNamesRuleTests {
    @Test("no operations is valid") func noOperationsIsValid() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            fragment fragA on Type {
              field
            }
            """#,
            [])
    }

    @Test("one anonymous operation is valid") func oneAnonymousOperationIsValid() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            {
              field
            }
            """#,
            [])
    }

    @Test("differently named operations are valid") func differentlyNamedOperationsAreValid() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            query Foo {
              field
            }

            query Bar {
              field
            }
            """#,
            [])
    }

    @Test("an operation and a fragment may share a name") func anOperationAndAFragmentMayShareAName() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            query Foo {
              ...Foo
            }
            fragment Foo on Type {
              field
            }
            """#,
            [])
    }

    @Test("two operations with one name are invalid") func twoOperationsWithOneNameAreInvalid() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            query Foo {
              fieldA
            }

            query Foo {
              fieldB
            }
            """#,
            [
                #"There can be only one operation named "Foo". (1:7, 5:7)"#
            ])
    }

    @Test("a query and a mutation with one name are invalid") func aQueryAndAMutationWithOneNameAreInvalid() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            query Foo {
              fieldA
            }

            mutation Foo {
              fieldB
            }
            """#,
            [
                #"There can be only one operation named "Foo". (1:7, 5:10)"#
            ])
    }

    @Test("three operations with one name give two errors") func threeOperationsWithOneNameGiveTwoErrors() throws {
        try expectErrors(
            .uniqueOperationNames,
            #"""
            query Foo { a }
            query Foo { b }
            subscription Foo { c }
            """#,
            [
                #"There can be only one operation named "Foo". (1:7, 2:7)"#,
                #"There can be only one operation named "Foo". (1:7, 3:14)"#,
            ])
    }
}
