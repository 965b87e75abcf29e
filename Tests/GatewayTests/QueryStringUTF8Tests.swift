import Testing

@testable import Gateway

/// Percent-decoded bytes that are not UTF-8 are refused, never repaired with U+FFFD.
struct QueryStringUTF8Tests {
    @Test(arguments: ["%FF%FE", "%ED%A0%80", "%E2%82", "a%C0%AFb", "%F4%90%80%80", "%80"])
    func aValueThatDecodesToInvalidUTF8IsNil(_ encoded: String) {
        #expect(QueryString.decode(encoded.utf8) == nil)
    }

    @Test func aValueThatDecodesToValidUTF8IsItsText() {
        #expect(QueryString.decode("%F0%9F%98%80+%C3%A9".utf8) == "😀 é")
    }

    @Test func aPairKeepsItsNameWhenOnlyItsValueIsInvalid() {
        let pairs = QueryString.parse("query=%FF&%FE=x&operationName=Q")
        #expect(pairs.map(\.name) == ["query", nil, "operationName"])
        #expect(pairs.map(\.value) == [nil, "x", "Q"])
    }
}
