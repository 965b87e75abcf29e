import GraphQL
import Testing

/// GraphQL spec (Oct 2021) §2.9.4 BlockStringValue().
struct BlockStringTests {
    private func blockValue(_ raw: String) throws -> String {
        let document = try Parser.parse("{ f(x: \"\"\"\(raw)\"\"\") }")
        guard case .string(let literal) = try #require(document.argumentValue("x")).kind else {
            Issue.record("not a string")
            return ""
        }
        #expect(literal.isBlock)
        return document.string(literal)
    }

    @Test func removesCommonIndentationAndBlankEdgeLines() throws {
        let raw = "\n    Indented block string.\n      Keeps relative indentation,\n\n    Last.\n  "
        #expect(try blockValue(raw) == "Indented block string.\n  Keeps relative indentation,\n\nLast.")
    }

    @Test func keepsTheFirstLineAsWritten() throws {
        #expect(try blockValue("  first\n    second\n    third") == "  first\nsecond\nthird")
    }

    @Test func unescapesOnlyEscapedTripleQuotes() throws {
        #expect(try blockValue(#"a \""" b \n \u0041"#) == #"a """ b \n \u0041"#)
    }

    @Test func treatsCarriageReturnsAsLineTerminators() throws {
        #expect(try blockValue("\r\n  a\r    b\r\n") == "a\n  b")
    }

    @Test func answersAnEmptyStringForOnlyWhitespace() throws {
        #expect(try blockValue("") == "")
        #expect(try blockValue("  \n \t \n") == "")
    }
}
