import GraphQL
import Testing

@Suite struct JSONInputTests {
    @Test func readsEveryKindOfValueKeepingMemberOrder() throws {
        let value = try JSONInput.parse(#" {"b": [1, -2.5e1, true, false, null], "a": {"x": "y"}, "n": 0} "#)
        #expect(
            value
                == .object([
                    .init("b", .list([.int(1), .float(-25), .boolean(true), .boolean(false), .null])),
                    .init("a", .object([.init("x", .string("y"))])), .init("n", .int(0)),
                ]))
    }

    @Test func integersBeyond64BitsBecomeFloats() throws {
        #expect(try JSONInput.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONInput.parse("9223372036854775808") == .float(9_223_372_036_854_775_808))
        #expect(try JSONInput.parse("1.0") == .float(1))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONInput.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
    }

    @Test func aRepeatedKeyKeepsItsLastValue() throws {
        #expect(try JSONInput.parse(#"{"a": 1, "a": 2}"#) == .object([.init("a", .int(2))]))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "tru", "\"a", "\"\u{01}\"", "{} x", "\"\\x\"", "nul",
    ])
    func rejectsMalformedText(_ text: String) {
        #expect(throws: JSONInput.Failure.self) { try JSONInput.parse(text) }
    }

    @Test func boundsNesting() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONInput.Failure.self) { try JSONInput.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONInput.parse(fine)) != nil)
    }

    @Test func writerEscapesWhatJSONRequires() {
        var bytes: [UInt8] = []
        JSONWriter.writeString("q\"b\\n\n\u{01}é", into: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""q\"b\\n\n\u0001é""#)
    }
}
