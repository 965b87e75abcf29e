// Numbers and strings: GraphQL spec (Oct 2021) §2.9.1 IntValue, §2.9.2 FloatValue,
// §2.9.4 StringValue, with graphql-core 3.2's error positions.

extension Lexer {
    private func byte(at position: Int) -> UInt8? { position < bytes.count ? bytes[position] : nil }

    private func isDigit(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// An int or float: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, not followed by `.` or a
    /// name start.
    func number(from start: Int) throws(SyntaxError) -> Token {
        var position = start
        var isFloat = false
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        if byte(at: position) == UInt8(ascii: "0") {
            position += 1
            if isDigit(byte(at: position)) {
                throw error(
                    "Invalid number, unexpected digit after 0: \(describeCodePoint(at: position)).", at: position)
            }
        } else {
            position = try digits(from: position)
        }
        if byte(at: position) == UInt8(ascii: ".") {
            isFloat = true
            position = try digits(from: position + 1)
        }
        if let next = byte(at: position), next | 0x20 == UInt8(ascii: "e") {
            isFloat = true
            position += 1
            if let sign = byte(at: position), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                position += 1
            }
            position = try digits(from: position)
        }
        if let next = byte(at: position), next == UInt8(ascii: ".") || isNameStart(next) {
            throw error("Invalid number, expected digit but got: \(describeCodePoint(at: position)).", at: position)
        }
        return Token(kind: isFloat ? .float : .int, start: start, end: position)
    }

    private func digits(from start: Int) throws(SyntaxError) -> Int {
        guard isDigit(byte(at: start)) else {
            throw error("Invalid number, expected digit but got: \(describeCodePoint(at: start)).", at: start)
        }
        var position = start + 1
        while isDigit(byte(at: position)) { position += 1 }
        return position
    }

    /// A quoted string; any character but a line terminator, escapes checked.
    func string(from start: Int) throws(SyntaxError) -> Token {
        var position = start + 1
        var hasEscapes = false
        let count = bytes.count
        while position < count {
            // Plain characters in runs, one table load per byte; then the byte that stopped the run.
            position = skipUntil(ByteClass.stringStop, from: position)
            guard position < count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                return Token(kind: .string, start: start, end: position + 1, hasEscapes: hasEscapes)
            }
            guard byte == UInt8(ascii: "\\") else { break }  // a line terminator
            hasEscapes = true
            position = try escape(at: position)
        }
        throw error("Unterminated string.", at: position)
    }

    /// Checks the escape sequence whose backslash is at `position`; returns the offset after it.
    private func escape(at position: Int) throws(SyntaxError) -> Int {
        switch byte(at: position + 1) {
        case UInt8(ascii: "u"):
            if byte(at: position + 2) == UInt8(ascii: "{") { return try variableWidthEscape(at: position) }
            return try fixedWidthEscape(at: position)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
            UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return position + 2
        default:
            throw error("Invalid character escape sequence: \(quoted(position, characters: 2)).", at: position)
        }
    }

    /// `\u{X...}` with one to eight hex digits naming a Unicode scalar value (GraphQL spec draft).
    private func variableWidthEscape(at position: Int) throws(SyntaxError) -> Int {
        var value: UInt32 = 0
        var size = 3
        let maxSize = min(12, bytes.count - position)
        while size < maxSize {
            let byte = bytes[position + size]
            size += 1
            if byte == UInt8(ascii: "}") {
                guard size >= 5, value <= 0xD7FF || (0xE000...0x10FFFF).contains(value) else { break }
                return position + size
            }
            guard let digit = EscapedUnicode.hexValue(byte) else { break }
            value = value << 4 | digit
        }
        throw error("Invalid Unicode escape sequence: \(quoted(position, characters: size)).", at: position)
    }

    /// `\uXXXX`, where a leading surrogate must be followed by `\uXXXX` with a trailing one.
    private func fixedWidthEscape(at position: Int) throws(SyntaxError) -> Int {
        if let unit = hex4(at: position + 2) {
            if unit < 0xD800 || unit > 0xDFFF { return position + 6 }
            if unit <= 0xDBFF, byte(at: position + 6) == UInt8(ascii: "\\"),
                byte(at: position + 7) == UInt8(ascii: "u"), let low = hex4(at: position + 8),
                (0xDC00...0xDFFF).contains(low)
            {
                return position + 12
            }
        }
        throw error("Invalid Unicode escape sequence: \(quoted(position, characters: 6)).", at: position)
    }

    private func hex4(at position: Int) -> UInt32? {
        guard position + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = EscapedUnicode.hexValue(bytes[position + offset]) else { return nil }
            value = value << 4 | digit
        }
        return value
    }

    /// Up to `characters` code points from `position`, in double quotes, for a message.
    private func quoted(_ position: Int, characters: Int) -> String {
        var end = position
        var seen = 0
        while end < bytes.count {
            if bytes[end] & 0xC0 != 0x80 {
                if seen == characters { break }
                seen += 1
            }
            end += 1
        }
        return "\"" + String(decoding: bytes[position..<end], as: UTF8.self) + "\""
    }

    /// A block string: anything up to the closing `"""`, where `\"""` does not close it.
    func blockString(from start: Int) throws(SyntaxError) -> Token {
        var position = start + 3
        var hasEscapes = false
        let count = bytes.count
        let quote = UInt8(ascii: "\"")
        while position < count {
            let byte = bytes[position]
            if byte == quote, position + 2 < count, bytes[position + 1] == quote, bytes[position + 2] == quote {
                return Token(kind: .blockString, start: start, end: position + 3, hasEscapes: hasEscapes)
            }
            if byte == UInt8(ascii: "\\"), position + 3 < count, bytes[position + 1] == quote,
                bytes[position + 2] == quote, bytes[position + 3] == quote
            {
                hasEscapes = true
                position += 4
            } else {
                position += 1
            }
        }
        throw error("Unterminated string.", at: position)
    }
}
