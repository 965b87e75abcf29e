import GraphQL
import Testing

/// Tokens, observed through the values and names the parser builds from them.
struct LexerTests {
    @Test(arguments: [
        ("0", 0), ("-0", 0), ("42", 42), ("-42", -42), ("9007199254740991", 9_007_199_254_740_991),
    ])
    func readsIntValues(source: String, expected: Int) throws {
        let document = try Parser.parse("{ f(x: \(source)) }")
        let value = try #require(document.argumentValue("x"))
        guard case .int(let range) = value.kind else {
            Issue.record("not an int: \(value.kind)")
            return
        }
        #expect(document.text(range) == source)
        #expect(document.intValue(range) == expected)
    }

    @Test func answersNilForAnIntBeyondSixtyFourBits() throws {
        let document = try Parser.parse("{ f(x: 99999999999999999999) }")
        guard case .int(let range) = try #require(document.argumentValue("x")).kind else {
            Issue.record("not an int")
            return
        }
        #expect(document.intValue(range) == nil)
    }

    @Test(arguments: [("1.5", 1.5), ("-0.25", -0.25), ("6.0221e23", 6.0221e23), ("1E-10", 1e-10), ("2e+3", 2000.0)])
    func readsFloatValues(source: String, expected: Double) throws {
        let document = try Parser.parse("{ f(x: \(source)) }")
        guard case .float(let range) = try #require(document.argumentValue("x")).kind else {
            Issue.record("not a float")
            return
        }
        #expect(document.floatValue(range) == expected)
    }

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""""#, ""),
        (#""\" \\ \/ \b \f \n \r \t""#, "\" \\ / \u{8} \u{C} \n \r \t"),
        (#""\u00e9\u4E2D""#, "é中"),
        (#""\uD83D\uDE00""#, "😀"),
        (#""\u{1F600}\u{41}\u{000041}""#, "😀AA"),
        (#""café 中文 ✓ 😀""#, "café 中文 ✓ 😀"),
        ("\"tab\tand\u{1}control\"", "tab\tand\u{1}control"),
    ])
    func decodesStringValues(source: String, expected: String) throws {
        let document = try Parser.parse("{ f(x: \(source)) }")
        guard case .string(let literal) = try #require(document.argumentValue("x")).kind else {
            Issue.record("not a string")
            return
        }
        #expect(document.string(literal) == expected)
    }

    @Test func readsPunctuatorsNamesAndIgnoredTokens() throws {
        let source = "\u{FEFF}query Q($v: [Int!]! = [1]) @d { ...F ... on T { a } b: c, # comment\r\n d | & }"
        // `|` and `&` are tokens, so the parser rejects them here, at their own position.
        let error = try #require(syntaxError(source))
        #expect(error.message == #"Syntax Error: Expected Name, found "|"."#)
        #expect(error.location == SourceLocation(line: 2, column: 4))
    }

    @Test(arguments: ["!", "$", "&", "(", ")", "...", ":", "=", "@", "[", "]", "|", "}"])
    func readsEachPunctuatorAsOneToken(punctuator: String) throws {
        // Not a definition's start, so the parser names the token it read, and where.
        let error = try #require(syntaxError("  \(punctuator)"))
        #expect(error.message == "Syntax Error: Unexpected \"\(punctuator)\".")
        #expect(error.location == SourceLocation(line: 1, column: 3))
    }

    @Test func readsNamesIntsFloatsAndStringsAsOneTokenEach() throws {
        #expect(syntaxError("_a1B2")?.message == #"Syntax Error: Unexpected Name "_a1B2"."#)
        #expect(syntaxError("-12")?.message == #"Syntax Error: Unexpected Int "-12"."#)
        #expect(syntaxError("1.5e3")?.message == #"Syntax Error: Unexpected Float "1.5e3"."#)
        // A string at the top level would be a description; inside a selection set it is unexpected.
        #expect(syntaxError(#"{ "a\nb" }"#)?.message == "Syntax Error: Expected Name, found String \"a\nb\".")
        #expect(syntaxError(#"{ """x""" }"#)?.message == #"Syntax Error: Expected Name, found BlockString "x"."#)
    }

    @Test func locatesOffsetsInLinesAndCodePointColumns() {
        let source = Array("a\r\nb\rc\nd😀e".utf8)
        #expect(SourceLocation(of: 0, in: source) == SourceLocation(line: 1, column: 1))
        #expect(SourceLocation(of: 3, in: source) == SourceLocation(line: 2, column: 1))
        #expect(SourceLocation(of: 5, in: source) == SourceLocation(line: 3, column: 1))
        #expect(SourceLocation(of: 7, in: source) == SourceLocation(line: 4, column: 1))
        #expect(SourceLocation(of: 12, in: source) == SourceLocation(line: 4, column: 3))
    }

    @Test func ignoresCommasCommentsAndByteOrderMarks() throws {
        let document = try Parser.parse("\u{FEFF}{,a,,#x\n b\u{FEFF} c}")
        #expect(document.topFields().map { document.string($0.name) } == ["a", "b", "c"])
    }

    @Test func countsCarriageReturnLineFeedAsOneLine() throws {
        let error = try #require(syntaxError("{a}\r\n\r\n\r  ?"))
        #expect(error.location == SourceLocation(line: 4, column: 3))
    }

    @Test func countsColumnsInCodePoints() throws {
        let error = try #require(syntaxError("{ a(x: \"é😀\") ? }"))
        #expect(error.location == SourceLocation(line: 1, column: 14))
    }

    // Each case: the source, graphql-core 3.2's position of its first error, and graphql-js's message.
    @Test(arguments: [
        ("{a(x:1.)}", 1, 8, #"Invalid number, expected digit but got: ")"."#),
        ("{a(x:01)}", 1, 7, #"Invalid number, unexpected digit after 0: "1"."#),
        ("{a(x:-)}", 1, 7, #"Invalid number, expected digit but got: ")"."#),
        ("{a(x:1e)}", 1, 8, #"Invalid number, expected digit but got: ")"."#),
        ("{a(x:1x)}", 1, 7, #"Invalid number, expected digit but got: "x"."#),
        ("{a(x:1.5.)}", 1, 9, #"Invalid number, expected digit but got: "."."#),
        ("{a(x:\"abc", 1, 10, "Unterminated string."),
        ("{a(x:\"a\nb\")}", 1, 8, "Unterminated string."),
        ("{a(x:\"\"\"abc", 1, 12, "Unterminated string."),
        (#"{a(x:"\x")}"#, 1, 7, #"Invalid character escape sequence: "\x"."#),
        (#"{a(x:"\u12")}"#, 1, 7, #"Invalid Unicode escape sequence: "\u12")"."#),
        (#"{a(x:"\uDE00")}"#, 1, 7, #"Invalid Unicode escape sequence: "\uDE00"."#),
        (#"{a(x:"\uD800\u0041")}"#, 1, 7, #"Invalid Unicode escape sequence: "\uD800"."#),
        (#"{a(x:"\u{110000}")}"#, 1, 7, #"Invalid Unicode escape sequence: "\u{110000}"."#),
        (#"{a(x:"\u{D800}")}"#, 1, 7, #"Invalid Unicode escape sequence: "\u{D800}"."#),
        (#"{a(x:"\u{}")}"#, 1, 7, #"Invalid Unicode escape sequence: "\u{}"."#),
        (#"{a(x:"\u{000000041}")}"#, 1, 7, #"Invalid Unicode escape sequence: "\u{000000041"."#),
        ("{ .. }", 1, 3, #"Unexpected character: "."."#),
        ("{ a ? }", 1, 5, #"Unexpected character: "?"."#),
        ("{ a é }", 1, 5, "Unexpected character: U+00E9."),
        ("{ a \u{0} }", 1, 5, "Unexpected character: U+0000."),
        ("{ a(x: 'b') }", 1, 8, #"Unexpected single quote character ('), did you mean to use a double quote (")?"#),
    ])
    func reportsLexicalErrors(source: String, line: Int, column: Int, message: String) throws {
        let error = try #require(syntaxError(source))
        #expect(error.message == "Syntax Error: " + message)
        #expect(error.location == SourceLocation(line: line, column: column))
    }
}
