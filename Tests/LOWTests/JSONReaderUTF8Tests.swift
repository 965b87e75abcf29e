import LOW
import Testing

/// Text that is not UTF-8 is refused, never repaired, wherever it stands (RFC 8259 §8.1).
@Suite struct JSONReaderUTF8Tests {
    /// Ill-formed sequences (Unicode 15 Table 3-7), each named after what is wrong with it.
    static let illFormed: [(name: String, bytes: [UInt8])] = [
        ("not UTF-8 at all", [0xFF, 0xFE]),
        ("an encoded surrogate", [0xED, 0xA0, 0x80]),
        ("a truncated sequence", [0xE2, 0x82]),
        ("an overlong slash", [0xC0, 0xAF]),
        ("an overlong three-byte form", [0xE0, 0x80, 0xAF]),
        ("a code point above U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ("a stray continuation byte", [0x80]),
        ("a four-byte sequence cut short", [0xF0, 0x9F, 0x98]),
    ]

    /// `prefix`, then the bytes, then `suffix`: the offset of the bad bytes is `prefix.utf8.count`.
    private func failure(_ prefix: String, _ bytes: [UInt8], _ suffix: String) -> JSONReader.Failure? {
        do {
            _ = try JSONReader.parse(Array(prefix.utf8) + bytes + Array(suffix.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: illFormed)
    func refusesIllFormedUTF8InAStringValueNamingItsOffset(_ sequence: (name: String, bytes: [UInt8])) {
        let failure = failure(#"{"email": "ada"#, sequence.bytes, #"@example.com"}"#)
        #expect(failure == JSONReader.Failure(message: "invalid UTF-8", offset: 14), "\(sequence.name)")
    }

    @Test(arguments: illFormed)
    func refusesIllFormedUTF8InAKey(_ sequence: (name: String, bytes: [UInt8])) {
        let failure = failure(#"{"a": 1, "k"#, sequence.bytes, #"": 2}"#)
        #expect(failure == JSONReader.Failure(message: "invalid UTF-8", offset: 11), "\(sequence.name)")
    }

    @Test(arguments: illFormed)
    func refusesIllFormedUTF8AfterAnEscape(_ sequence: (name: String, bytes: [UInt8])) {
        let failure = failure(#"["a\n"#, sequence.bytes, #"b"]"#)
        #expect(failure == JSONReader.Failure(message: "invalid UTF-8", offset: 5), "\(sequence.name)")
    }

    @Test(arguments: illFormed)
    func refusesNonASCIIBytesOutsideStrings(_ sequence: (name: String, bytes: [UInt8])) {
        #expect(failure(#"{"a": "#, sequence.bytes, "}")?.offset == 6, "\(sequence.name)")
        #expect(failure(#"{"a": 1}"#, sequence.bytes, "")?.offset == 8, "\(sequence.name)")
    }

    @Test func refusesAStringThatEndsInsideASequence() {
        #expect(failure(#"""#, [0xE2, 0x82], "")?.offset == 1)
    }

    @Test func acceptsWellFormedTextAtEveryBoundary() throws {
        let text = "\u{80}\u{7FF}\u{800}\u{D7FF}\u{E000}\u{FFFF}\u{10000}\u{10FFFF} zoë 😀 中文"
        #expect(try JSONReader.parse("\"\(text)\"") == .string(text))
        #expect(try JSONReader.parse("{\"\(text)\": \"\\n\(text)\"}") == [text: .string("\n" + text)])
    }

    @Test func decodesAnEscapedSurrogatePair() throws {
        #expect(try JSONReader.parse(#""\ud83d\ude00""#) == .string("😀"))
    }

    /// The strict reading: `JSON.parse` accepts a lone surrogate, but it names no Unicode scalar,
    /// and reading it as U+FFFD would be a repair.
    @Test(arguments: [#""\ud800""#, #""\udc00""#, #""\ud83d\u0041""#, #""\ud83d x""#, #""\ude00\ud83d""#])
    func refusesALoneEscapedSurrogate(_ text: String) {
        #expect(throws: JSONReader.Failure(message: "lone surrogate", offset: 1)) {
            try JSONReader.parse(text)
        }
    }

    /// Every two-byte string, and longer ones around each boundary of Table 3-7, is accepted
    /// exactly when the standard library finds it UTF-8, and then read as the standard library reads it.
    @Test func agreesWithTheStandardLibraryOnEverySequence() {
        let boundaries: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var sequences: [[UInt8]] = []
        for lead in UInt8(0x80)...0xFF {
            for second in UInt8(0)...0xFF {
                sequences.append([lead, second])
                guard lead >= 0xE0, boundaries.contains(second) else { continue }
                for third: UInt8 in [0x7F, 0x80, 0xBF, 0xC0] {
                    sequences.append([lead, second, third])
                    if lead >= 0xF0 { sequences.append([lead, second, third, 0x80]) }
                }
            }
        }
        for sequence in sequences where !sequence.contains(UInt8(ascii: "\"")) && !sequence.contains(0x5C) {
            let expected = String(validating: sequence, as: UTF8.self)
            for prefix in [#"""#, #""\t"#] {
                let read = try? JSONReader.parse(Array(prefix.utf8) + sequence + [UInt8(ascii: "\"")])
                let wanted = expected.map { Value.string((prefix == #"""# ? "" : "\t") + $0) }
                #expect(read == wanted, "\(sequence)")
            }
        }
    }
}
