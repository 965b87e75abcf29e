import Testing

/// NoUnusedVariablesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct NoUnusedVariablesRuleTests {
    @Test("uses all variables is valid") func usesAllVariablesIsValid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [])
    }

    @Test("uses all variables in fragments is valid") func usesAllVariablesInFragmentsIsValid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragB
              }
            }
            fragment FragB on Type {
              field(b: $b) {
                ...FragC
              }
            }
            fragment FragC on Type {
              field(c: $c)
            }
            """#,
            [])
    }

    @Test("a variable used by a fragment in multiple operations is valid")
    func aVariableUsedByAFragmentInMultipleOperationsIsValid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query Foo($a: String) {
              ...FragA
            }
            query Bar($b: String) {
              ...FragB
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """#,
            [])
    }

    @Test("a variable used by a recursive fragment is valid") func aVariableUsedByARecursiveFragmentIsValid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query Foo($a: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a) {
                ...FragA
              }
            }
            """#,
            [])
    }

    @Test("a variable not used is invalid") func aVariableNotUsedIsInvalid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query ($a: String, $b: String, $c: String) {
              field(a: $a, b: $b)
            }
            """#,
            [
                #"Variable "$c" is never used. (1:32)"#
            ])
    }

    @Test("multiple variables not used are invalid") func multipleVariablesNotUsedAreInvalid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(b: $b)
            }
            """#,
            [
                #"Variable "$a" is never used in operation "Foo". (1:11)"#,
                #"Variable "$c" is never used in operation "Foo". (1:35)"#,
            ])
    }

    @Test("a variable not used by an unreferenced fragment is invalid")
    func aVariableNotUsedByAnUnreferencedFragmentIsInvalid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            fragment FragB on Type {
              field(b: $b)
            }
            """#,
            [
                #"Variable "$b" is never used in operation "Foo". (1:11)"#
            ])
    }

    @Test("a variable used only in a directive is valid") func aVariableUsedOnlyInADirectiveIsValid() throws {
        try expectErrors(
            .noUnusedVariables,
            #"""
            query Foo($c: Boolean!) { field @include(if: $c) }
            """#,
            [])
    }
}
