import LOW
import Testing

struct JSONTests {
    @Test func roundTripsEveryKindOfValueKeepingKeyOrder() throws {
        let value: Value = ["z": 1, "a": [true, false, nil], "s": "quote \" slash \\ nl \n é 😀", "d": 1.5, "n": -42]
        let text = JSONWriter.string(value)
        #expect(text == #"{"z":1,"a":[true,false,null],"s":"quote \" slash \\ nl \n é 😀","d":1.5,"n":-42}"#)
        #expect(try JSONReader.parse(text) == value)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONReader.parse(#""\u00e9\ud83d\ude00\/\t""#) == .string("é😀/\t"))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\ud800\"", "\"abc", "tru", "1 2", "\"\u{01}\"", "-",
    ])
    func rejectsMalformedJSON(_ text: String) {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(text) }
    }

    @Test func boundsNestingInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse(deep) }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONReader.Failure.self) { try JSONReader.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func writesIntegersAtTheirLimits() {
        #expect(JSONWriter.string(.int(Int.min)) == "-9223372036854775808")
        #expect(JSONWriter.string(.int(Int.max)) == "9223372036854775807")
    }
}
