import Testing

/// UniqueVariableNamesRule: messages and locations as graphql-core 3.2.8 reports them (in graphql-js' quotes).
@Suite struct UniqueVariableNamesRuleTests {
    @Test("unique variable names are valid") func uniqueVariableNamesAreValid() throws {
        try expectErrors(
            .uniqueVariableNames,
            #"""
            query A($x: Int, $y: String) { __typename }
            query B($x: String, $y: Int) { __typename }
            """#,
            [])
    }

    @Test("duplicate variable names are invalid") func duplicateVariableNamesAreInvalid() throws {
        try expectErrors(
            .uniqueVariableNames,
            #"""
            query A($x: Int, $x: Int, $x: String) { __typename }
            query B($x: String, $x: Int) { __typename }
            query C($x: Int, $x: Int) { __typename }
            """#,
            [
                #"There can be only one variable named "$x". (1:10, 1:19, 1:28)"#,
                #"There can be only one variable named "$x". (2:10, 2:22)"#,
                #"There can be only one variable named "$x". (3:10, 3:19)"#,
            ])
    }
}
