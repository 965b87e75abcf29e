import Testing

/// NoUndefinedVariablesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct NoUndefinedVariablesRuleTests {
    @Test("all variables defined are valid") func allVariablesDefinedAreValid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [])
    }

    @Test("all variables deeply defined are valid") func allVariablesDeeplyDefinedAreValid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) {
                field(b: $b) {
                  field(c: $c)
                }
              }
            }
            """#,
            [])
    }

    @Test("all variables in fragments deeply defined are valid") func allVariablesInFragmentsDeeplyDefinedAreValid()
        throws
    {
        try expectErrors(
            .noUndefinedVariables,
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

    @Test("a variable within a recursive fragment defined is valid")
    func aVariableWithinARecursiveFragmentDefinedIsValid() throws {
        try expectErrors(
            .noUndefinedVariables,
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

    @Test("a variable not defined is invalid") func aVariableNotDefinedIsInvalid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a, b: $b, c: $c, d: $d)
            }
            """#,
            [
                #"Variable "$d" is not defined by operation "Foo". (2:33, 1:1)"#
            ])
    }

    @Test("a variable not defined by an anonymous query is invalid")
    func aVariableNotDefinedByAnAnonymousQueryIsInvalid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            {
              field(a: $a)
            }
            """#,
            [
                #"Variable "$a" is not defined. (2:12, 1:1)"#
            ])
    }

    @Test("multiple variables not defined are invalid") func multipleVariablesNotDefinedAreInvalid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo($b: String) {
              field(a: $a, b: $b, c: $c)
            }
            """#,
            [
                #"Variable "$a" is not defined by operation "Foo". (2:12, 1:1)"#,
                #"Variable "$c" is not defined by operation "Foo". (2:26, 1:1)"#,
            ])
    }

    @Test("a variable in a fragment not defined by an anonymous query is invalid")
    func aVariableInAFragmentNotDefinedByAnAnonymousQueryIsInvalid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a)
            }
            """#,
            [
                #"Variable "$a" is not defined. (5:12, 1:1)"#
            ])
    }

    @Test("variables in fragments not defined by multiple operations are invalid")
    func variablesInFragmentsNotDefinedByMultipleOperationsAreInvalid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo($b: String) {
              ...FragA
            }
            fragment FragA on Type {
              field(a: $a, b: $b)
            }
            query Bar($a: String) {
              ...FragA
            }
            """#,
            [
                #"Variable "$a" is not defined by operation "Foo". (5:12, 1:1)"#,
                #"Variable "$b" is not defined by operation "Bar". (5:19, 7:1)"#,
            ])
    }

    @Test("a variable in a directive not defined is invalid") func aVariableInADirectiveNotDefinedIsInvalid() throws {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo { field @include(if: $cond) }
            """#,
            [
                #"Variable "$cond" is not defined by operation "Foo". (1:32, 1:1)"#
            ])
    }

    @Test("a variable used twice not defined is reported twice") func aVariableUsedTwiceNotDefinedIsReportedTwice()
        throws
    {
        try expectErrors(
            .noUndefinedVariables,
            #"""
            query Foo { a: field(a: $x) b: field(b: $x) }
            """#,
            [
                #"Variable "$x" is not defined by operation "Foo". (1:25, 1:1)"#,
                #"Variable "$x" is not defined by operation "Foo". (1:41, 1:1)"#,
            ])
    }
}
