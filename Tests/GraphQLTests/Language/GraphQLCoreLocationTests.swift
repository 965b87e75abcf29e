import GraphQL
import Testing

/// graphql-core 3.2's own line and column arithmetic, for differential tests against it.
struct GraphQLCoreLocationTests {
    // Each case: the source and graphql-core 3.2.8's `error.locations[0]` for its first error.
    @Test(arguments: [
        ("{a}\nt", 1, 4), ("# c\nt", 1, 4), ("{a} # x\nt", 1, 8), ("{a}\n# x\nt", 2, 4), ("{a}\r\n\r\nt", 2, 1),
        ("{ a\u{2028} ? }", 1, 4), ("{ a\u{B} ?}", 1, 4), ("{a}\r\n  ?", 2, 3), ("?", 1, 1), ("  ?", 1, 3),
        ("{ a(x: \"é😀\") ? }", 1, 14), ("{a}\r\r?", 2, 1),
    ])
    func reproducesGraphQLCoreLocations(source: String, line: Int, column: Int) throws {
        let error = try #require(syntaxError(source))
        let location = SourceLocation.graphQLCore32(of: error.offset, in: Array(source.utf8))
        #expect(location == SourceLocation(line: line, column: column))
    }

    @Test func differsFromTheSpecificationRightAfterALineBreak() throws {
        let error = try #require(syntaxError("{a}\nt"))
        #expect(error.location == SourceLocation(line: 2, column: 1))
        #expect(
            SourceLocation.graphQLCore32(of: error.offset, in: Array("{a}\nt".utf8))
                == SourceLocation(line: 1, column: 4))
    }
}
