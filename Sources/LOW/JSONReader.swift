/// Reads JSON text (RFC 8259) into a `Value`, over UTF-8 bytes in one pass.
///
/// Integers that fit `Int` stay `.int`; other numbers become `.double`. Nesting is bounded so that
/// hostile input answers an error instead of overflowing the stack.
///
/// Text that is not UTF-8 is refused, never repaired (RFC 8259 §8.1), and so is a `\u` escape of
/// a lone surrogate: it names no Unicode scalar. The failure names the offset of the first byte
/// of the ill-formed sequence.
package struct JSONReader {
    /// Why a text is not JSON, with the byte offset where reading stopped.
    package struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What is wrong, in a few lower-case words.
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

    package static let maximumDepth = 512

    /// Parses a whole JSON text; trailing bytes other than white space are an error.
    package static func parse(_ bytes: some Collection<UInt8>) throws(Failure) -> Value {
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { (buffer) throws(Failure) -> Value in
            var reader = JSONReader(bytes: buffer)
            let value = try reader.readValue(depth: 0)
            reader.skipWhitespace()
            guard reader.offset == buffer.count else { throw reader.failure("unexpected text after the value") }
            return value
        }
    }

    package static func parse(_ text: String) throws(Failure) -> Value {
        try parse(Array(text.utf8))
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private func failure(_ message: String) -> Failure { Failure(message: message, offset: offset) }

    private var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x0A, 0x0D, 0x09: offset += 1
            default: return
            }
        }
    }

    private mutating func readValue(depth: Int) throws(Failure) -> Value {
        guard depth < Self.maximumDepth else { throw failure("nesting too deep") }
        skipWhitespace()
        guard let byte = current else { throw failure("unexpected end of input") }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readList(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"):
            try expectWord("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw failure("unexpected character")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { throw failure("unexpected end of input") }
        for i in 0..<count where bytes[offset + i] != word.utf8Start[i] { throw failure("unexpected character") }
        offset += count
    }

    private mutating func readObject(depth: Int) throws(Failure) -> Value {
        offset += 1
        var fields = Fields()
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard current == UInt8(ascii: "\"") else { throw failure("expected a string key") }
            let key = try readString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw failure("expected ':'") }
            offset += 1
            fields[key] = try readValue(depth: depth + 1)
            skipWhitespace()
            switch current {
            case UInt8(ascii: ",")?: offset += 1
            case UInt8(ascii: "}")?:
                offset += 1
                return .object(fields)
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    private mutating func readList(depth: Int) throws(Failure) -> Value {
        offset += 1
        var items: [Value] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .list(items)
        }
        while true {
            items.append(try readValue(depth: depth + 1))
            skipWhitespace()
            switch current {
            case UInt8(ascii: ",")?: offset += 1
            case UInt8(ascii: "]")?:
                offset += 1
                return .list(items)
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    private mutating func readNumber() throws(Failure) -> Value {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        guard let first = current, isDigit(first) else { throw failure("expected a digit") }
        offset += 1
        if first == UInt8(ascii: "0"), let next = current, isDigit(next) { throw failure("leading zero") }
        skipDigits()
        var isInteger = true
        if current == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            guard let d = current, isDigit(d) else { throw failure("expected a digit") }
            skipDigits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard let d = current, isDigit(d) else { throw failure("expected a digit") }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
        if isInteger, let int = Int(text) { return .int(int) }
        guard let double = Double(text) else { throw failure("number out of range") }
        return .double(double)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private mutating func skipDigits() {
        while let d = current, isDigit(d) { offset += 1 }
    }

    private mutating func readString() throws(Failure) -> String {
        offset += 1
        let start = offset
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
            // One comparison sends both control characters and non-ASCII bytes off the ASCII path,
            // so checking UTF-8 costs plain text nothing.
            if byte &- 0x20 < 0x60 {
                offset += 1
            } else if byte < 0x20 {
                throw failure("control character in string")
            } else {
                offset += try utf8SequenceLength()
            }
        }
        guard let stop = current else { throw failure("unterminated string") }
        if stop == UInt8(ascii: "\"") {
            let raw = UnsafeBufferPointer(rebasing: bytes[start..<offset])
            offset += 1
            // Checked sequence by sequence above, so decoding repairs nothing.
            return String(decoding: raw, as: UTF8.self)
        }
        var scalars = Array(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        try readEscapedRest(into: &scalars)
        return String(decoding: scalars, as: UTF8.self)
    }

    private mutating func readEscapedRest(into out: inout [UInt8]) throws(Failure) {
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return
            case UInt8(ascii: "\\"):
                offset += 1
                try readEscape(into: &out)
            case 0..<0x20: throw failure("control character in string")
            case 0..<0x80:
                offset += 1
                out.append(byte)
            default:
                let sequence = offset
                offset += try utf8SequenceLength()
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[sequence..<offset]))
            }
        }
        throw failure("unterminated string")
    }

    /// The length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at `offset`.
    /// - Throws: a failure at `offset` for an ill-formed sequence (Unicode 15 §3.9, Table 3-7): a
    ///   stray continuation byte, an overlong form, an encoded surrogate, a code point above
    ///   U+10FFFF, or a sequence cut short.
    private func utf8SequenceLength() throws(Failure) -> Int {
        let length: Int
        // The second byte's range carries every rule beyond "continuation byte".
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch bytes[offset] {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: throw failure("invalid UTF-8")
        }
        guard offset + length <= bytes.count, second.contains(bytes[offset + 1]) else {
            throw failure("invalid UTF-8")
        }
        for next in offset + 2..<offset + length where bytes[next] & 0xC0 != 0x80 { throw failure("invalid UTF-8") }
        return length
    }

    private mutating func readEscape(into out: inout [UInt8]) throws(Failure) {
        guard let byte = current else { throw failure("unterminated string") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(byte)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
            let loneSurrogate = Failure(message: "lone surrogate", offset: offset - 2)
            var code = try readHex4()
            if (0xD800...0xDBFF).contains(code) {
                // RFC 8259 §7: a character outside the BMP is a surrogate pair of two escapes.
                guard current == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u")
                else { throw loneSurrogate }
                offset += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(code) {
                throw loneSurrogate
            }
            guard let scalar = Unicode.Scalar(code) else { throw failure("invalid escape") }
            out.append(contentsOf: String(Character(scalar)).utf8)
        default: throw failure("invalid escape")
        }
    }

    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw failure("unterminated string") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("invalid escape")
            }
            code = code << 4 | UInt32(digit)
            offset += 1
        }
        return code
    }
}
