// Decoding string literals. The parser has already checked every escape, so decoding never fails;
// on malformed input (a document not made by the parser) it keeps bytes rather than trapping.

extension Document {
    /// A string literal's value: escapes decoded (GraphQL spec (Oct 2021) §2.9.4 StringValue), or
    /// for a block string the spec's BlockStringValue() of its raw content.
    package func string(_ literal: StringLiteral) -> String { Self.value(of: literal, in: source) }

    /// The value of `literal`, a string literal of `source`.
    static func value(of literal: StringLiteral, in source: [UInt8]) -> String {
        let range = Int(literal.content.start)..<Int(literal.content.end)
        if literal.isBlock { return BlockString.value(of: source[range]) }
        if !literal.hasEscapes { return String(decoding: source[range], as: UTF8.self) }
        return String(decoding: Self.unescape(source[range]), as: UTF8.self)
    }

    /// The bytes of a quoted string's content with its escape sequences replaced.
    private static func unescape(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\\"), index < bytes.endIndex else {
                output.append(byte)
                continue
            }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let scalar = EscapedUnicode.read(bytes, at: &index)
                appendUTF8(scalar ?? "\u{FFFD}", to: &output)
            default: output.append(escaped)
            }
        }
        return output
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if let encoded = UTF8.encode(scalar) { output.append(contentsOf: encoded) }
    }
}

/// Reading `\uXXXX`, `\uXXXX\uXXXX` (a surrogate pair) and `\u{X...}` escapes.
package enum EscapedUnicode {
    /// Reads the escape whose `u` was just consumed (`index` is after the `u`), advancing `index`
    /// past it. Returns nil (leaving `index` anywhere within the escape) when the escape is not a
    /// valid Unicode scalar: bad hex digits, a lone surrogate, above U+10FFFF.
    package static func read(_ bytes: ArraySlice<UInt8>, at index: inout Int) -> Unicode.Scalar? {
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "{") {
            // GraphQL spec draft §2.9.4: `\u{` HexDigit+ `}` names any scalar value.
            index += 1
            var value: UInt32 = 0
            var digits = 0
            while index < bytes.endIndex, let digit = hexValue(bytes[index]) {
                value = digits < 8 ? value << 4 | digit : 0x110000
                digits += 1
                index += 1
            }
            guard digits > 0, index < bytes.endIndex, bytes[index] == UInt8(ascii: "}") else { return nil }
            index += 1
            return Unicode.Scalar(value)
        }
        guard let unit = fourHex(bytes, at: &index) else { return nil }
        if (0xD800...0xDBFF).contains(unit) {
            // A leading surrogate must be followed by `\u` and a trailing one (graphql-js 16).
            guard index + 1 < bytes.endIndex, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            var next = index + 2
            guard let low = fourHex(bytes, at: &next), (0xDC00...0xDFFF).contains(low) else { return nil }
            index = next
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(unit)
    }

    private static func fourHex(_ bytes: ArraySlice<UInt8>, at index: inout Int) -> UInt32? {
        guard index + 4 <= bytes.endIndex else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(bytes[index + offset]) else { return nil }
            value = value << 4 | digit
        }
        index += 4
        return value
    }

    /// The value of an ASCII hex digit.
    package static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
