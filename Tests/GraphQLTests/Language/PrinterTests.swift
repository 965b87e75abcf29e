import GraphQL
import Testing

/// Printing documents back to text, in graphql-js's layout; parse(print(document)) has the same shape.
struct PrinterTests {
    @Test(arguments: try Fixtures.allNames())
    func printsACorpusFileThatParsesToTheSameShape(name: String) throws {
        let document = try Parser.parse(try Fixtures.text(name))
        let reparsed = try Parser.parse(Printer.print(document))
        #expect(DocumentShape.of(reparsed) == DocumentShape.of(document))
    }

    @Test(arguments: try Fixtures.allNames())
    func printsACorpusFileAsGraphQLCoreDoes(name: String) throws {
        // Fixtures/printed holds graphql-core 3.2.8's `print_ast(parse(...))` of each corpus file.
        let expected = try Fixtures.text("printed/" + name.replacingOccurrences(of: "/", with: "-"))
        #expect(Printer.print(try Parser.parse(try Fixtures.text(name))) == expected)
    }

    @Test func printsTheAnonymousQueryAsTheShorthand() throws {
        #expect(Printer.print(try Parser.parse("query { a }")) == "{\n  a\n}")
        #expect(Printer.print(try Parser.parse("query Q { a }")) == "query Q {\n  a\n}")
    }

    @Test func wrapsArgumentsPastEightyColumns() throws {
        let long = String(repeating: "x", count: 70)
        let printed = Printer.print(try Parser.parse("{ f(a: \"\(long)\", b: 1) }"))
        #expect(printed == "{\n  f(\n    a: \"\(long)\"\n    b: 1\n  )\n}")
    }

    @Test(arguments: ["quote \" slash \\ tab \t nl \n nul \u{0} del \u{7F}", "é😀", ""])
    func escapesQuotedStringsSoTheyReadBack(value: String) throws {
        let printed = StringPrinting.quoted(value)
        let document = try Parser.parse("{ f(x: \(printed)) }")
        guard case .string(let literal) = try #require(document.argumentValue("x")).kind else {
            Issue.record("not a string")
            return
        }
        #expect(document.string(literal) == value)
    }

    @Test(arguments: [
        "single", "  leading space", "two\nlines", "  indented\n  lines\nflush", "ends with quote\"",
        "has \"\"\" inside",
        "ends with slash\\", String(repeating: "long ", count: 20), "\n", "a\n\n  b",
    ])
    func printsBlockStringsThatReadBack(value: String) throws {
        let document = try Parser.parse("{ f(x: \(StringPrinting.blockString(value))) }")
        guard case .string(let literal) = try #require(document.argumentValue("x")).kind else {
            Issue.record("not a string")
            return
        }
        let expected = BlockStringTests.normalized(value)
        #expect(document.string(literal) == expected)
    }

    @Test func printsAValueForIntrospection() throws {
        let document = try Parser.parse("type T { f(a: In = {k: [1, \"s\", RED, null]}): Int }")
        let ref = try #require(document.inputValueDefinitions.first?.defaultValue)
        #expect(Printer.print(ref, in: document) == "{k: [1, \"s\", RED, null]}")
    }
}

extension BlockStringTests {
    /// What a block string can hold: BlockStringValue() drops blank first and last lines, so such
    /// values come back without them (graphql-js behaves the same).
    static func normalized(_ value: String) -> String {
        var lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        while let first = lines.first, first.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy({ $0 == " " || $0 == "\t" }) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
