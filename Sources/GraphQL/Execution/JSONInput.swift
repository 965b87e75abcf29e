/// Reads JSON text (RFC 8259) into an `InputValue`: the variables of a request.
///
/// Integers that fit in `Int` become `.int`, every other number `.float`; object members keep
/// their order (a repeated key keeps its last value, as JavaScript's `JSON.parse` does).
/// Nesting is bounded so hostile input cannot exhaust the stack.
///
/// Text that is not UTF-8 is refused, never repaired (RFC 8259 §8.1): a string read with U+FFFD
/// in place of the client's bytes would look up, or store, a value nobody sent. So is a `\u`
/// escape of a lone surrogate (RFC 8259 §8.2 leaves it to the reader): it names no Unicode
/// scalar, and a Swift `String` cannot hold it unrepaired.
package struct JSONInput {
    /// Why the text is not JSON, and the byte offset where reading stopped.
    package struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// What was expected.
        package var message: String
        /// The byte offset of the problem.
        package var offset: Int

        package var description: String { "\(message) at byte \(offset)" }

        /// Makes a failure; tests build the one they expect.
        package init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    /// The deepest nesting of arrays and objects accepted.
    package static let maxDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole JSON text (surrounding whitespace allowed, nothing else after the value).
    package static func parse(_ bytes: [UInt8]) throws(Failure) -> InputValue {
        var reader = JSONInput(bytes: bytes)
        reader.skipWhitespace()
        let value = try reader.readValue()
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw reader.failure("Unexpected data after the JSON value") }
        return value
    }

    /// Parses the JSON text of a `String`.
    package static func parse(_ text: String) throws(Failure) -> InputValue { try parse(Array(text.utf8)) }

    private func failure(_ message: String) -> Failure { Failure(message: message, offset: index) }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func readValue() throws(Failure) -> InputValue {
        guard index < bytes.count else { throw failure("Unexpected end of JSON") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try readObject()
        case UInt8(ascii: "["): return try readArray()
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try readKeyword("true")
            return .boolean(true)
        case UInt8(ascii: "f"):
            try readKeyword("false")
            return .boolean(false)
        case UInt8(ascii: "n"):
            try readKeyword("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw failure("Unexpected character in JSON")
        }
    }

    private mutating func readKeyword(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw failure("Unexpected end of JSON") }
        let matches = word.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] }
        }
        guard matches else { throw failure("Unexpected character in JSON") }
        index += count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maxDepth { throw failure("JSON nested too deeply") }
        index += 1
        skipWhitespace()
    }

    private mutating func readObject() throws(Failure) -> InputValue {
        try enter()
        defer { depth -= 1 }
        var fields: [InputValue.Field] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(fields)
        }
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("Expected a string key")
            }
            let key = try readString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("Expected ':'") }
            index += 1
            skipWhitespace()
            let value = try readValue()
            if let existing = fields.firstIndex(where: { $0.name == key }) {
                fields[existing].value = value
            } else {
                fields.append(InputValue.Field(key, value))
            }
            skipWhitespace()
            guard index < bytes.count else { throw failure("Unexpected end of JSON") }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(fields)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw failure("Expected ',' or '}'") }
            index += 1
            skipWhitespace()
        }
    }

    private mutating func readArray() throws(Failure) -> InputValue {
        try enter()
        defer { depth -= 1 }
        var items: [InputValue] = []
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .list(items)
        }
        while true {
            items.append(try readValue())
            skipWhitespace()
            guard index < bytes.count else { throw failure("Unexpected end of JSON") }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .list(items)
            }
            guard bytes[index] == UInt8(ascii: ",") else { throw failure("Expected ',' or ']'") }
            index += 1
            skipWhitespace()
        }
    }

    private mutating func readNumber() throws(Failure) -> InputValue {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw failure("Invalid number") }
        // RFC 8259 §6: no leading zeros.
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        var isInteger = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            try readDigits()
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            try readDigits()
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard let value = Double(text) else { throw failure("Invalid number") }
        return .float(value)
    }

    private mutating func readDigits() throws(Failure) {
        guard index < bytes.count, isDigit(bytes[index]) else { throw failure("Invalid number") }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func readString() throws(Failure) -> String {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                defer { index += 1 }
                // Checked sequence by sequence below, so decoding repairs nothing.
                return String(decoding: bytes[start..<index], as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            // One comparison sends both control characters and non-ASCII bytes off the ASCII path,
            // so checking UTF-8 costs plain text nothing (no bench parses JSON: figures in git log).
            if byte &- 0x20 < 0x60 {
                index += 1
            } else if byte < 0x20 {
                throw failure("Control character in JSON string")
            } else {
                index += try utf8SequenceLength()
            }
        }
        var output = Array(bytes[start..<index])
        try readEscapedRest(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func readEscapedRest(into output: inout [UInt8]) throws(Failure) {
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return
            case UInt8(ascii: "\\"): try readEscape(into: &output)
            case 0..<0x20: throw failure("Control character in JSON string")
            case 0..<0x80: output.append(byte)
            default:
                index -= 1
                let start = index
                index += try utf8SequenceLength()
                output.append(contentsOf: bytes[start..<index])
            }
        }
        throw failure("Unterminated JSON string")
    }

    /// The length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at `index`.
    /// - Throws: a failure at `index` for an ill-formed sequence (Unicode 15 §3.9, Table 3-7): a
    ///   stray continuation byte, an overlong form, an encoded surrogate, a code point above
    ///   U+10FFFF, or a sequence cut short.
    private func utf8SequenceLength() throws(Failure) -> Int {
        let length: Int
        // The second byte's range carries every rule beyond "continuation byte".
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw failure("Invalid UTF-8 in JSON string")
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else {
            throw failure("Invalid UTF-8 in JSON string")
        }
        for next in index + 2..<index + length where bytes[next] & 0xC0 != 0x80 {
            throw failure("Invalid UTF-8 in JSON string")
        }
        return length
    }

    private mutating func readEscape(into output: inout [UInt8]) throws(Failure) {
        guard index < bytes.count else { throw failure("Unterminated JSON string") }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escaped)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"): appendScalar(try readUnicodeEscape(), to: &output)
        default: throw failure("Invalid escape in JSON string")
        }
    }

    private mutating func readUnicodeEscape() throws(Failure) -> Unicode.Scalar {
        let escape = index - 2
        let unit = try readHex4()
        if (0xD800...0xDBFF).contains(unit), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        {
            index += 2
            let low = try readHex4()
            if (0xDC00...0xDFFF).contains(low),
                let scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
            {
                return scalar
            }
        }
        guard let scalar = Unicode.Scalar(unit) else {
            throw Failure(message: "Lone surrogate in \\u escape", offset: escape)
        }
        return scalar
    }

    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("Invalid \\u escape") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = EscapedUnicode.hexValue(bytes[index + offset]) else {
                throw failure("Invalid \\u escape")
            }
            value = value << 4 | digit
        }
        index += 4
        return value
    }

    private func appendScalar(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if let encoded = UTF8.encode(scalar) { output.append(contentsOf: encoded) }
    }
}
