/// Reads tokens from UTF-8 bytes, one at a time, skipping ignored tokens.
///
/// GraphQL spec (Oct 2021) §2.1. Ignored: whitespace (space, tab), line terminators, commas,
/// comments and the byte order mark anywhere (as graphql-js and graphql-core do). Errors and their
/// positions match graphql-core 3.2's lexer.
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    /// `ByteClass.table`.
    let classes: UnsafePointer<UInt8>

    /// The next token starting at or after byte `position`.
    ///
    /// The common tokens, names and one-byte punctuators after ignored bytes, are read here with
    /// one table load per byte; everything else (strings, numbers, `...`, comments, errors) by
    /// `slowToken`, kept out of line so this stays small enough to inline into the parser.
    @inline(__always)
    func token(at position: Int) throws(SyntaxError) -> Token {
        var position = position
        let count = bytes.count
        while position < count {
            let byteClass = classes[Int(bytes[position])]
            if byteClass & ByteClass.ignored != 0 {
                position = skipRun(of: ByteClass.ignored, from: position &+ 1)
                continue
            }
            if byteClass & ByteClass.nameStart != 0 {
                let end = skipRun(of: ByteClass.nameContinue, from: position &+ 1)
                return Token(kind: .name, start: position, end: end)
            }
            if byteClass >= ByteClass.punctuator {
                return Token(kind: ByteClass.punctuatorKind(byteClass), start: position, end: position &+ 1)
            }
            return try slowToken(at: position)
        }
        return Token(kind: .endOfFile, start: count, end: count)
    }

    /// `token(at:)` for any byte: the whole lexical grammar.
    @inline(never)
    private func slowToken(at position: Int) throws(SyntaxError) -> Token {
        var position = position
        let count = bytes.count
        while position < count {
            let byte = bytes[position]
            if classes[Int(byte)] & ByteClass.ignored != 0 {
                // Runs of indentation are common: skip them without going through the switch.
                position = skipRun(of: ByteClass.ignored, from: position + 1)
                continue
            }
            switch byte {
            case UInt8(ascii: "#"):
                position = skipComment(from: position + 1)
            case 0xEF where position + 2 < count && bytes[position + 1] == 0xBB && bytes[position + 2] == 0xBF:
                position += 3
            case UInt8(ascii: "{"): return Token(kind: .braceLeft, start: position, end: position + 1)
            case UInt8(ascii: "}"): return Token(kind: .braceRight, start: position, end: position + 1)
            case UInt8(ascii: "("): return Token(kind: .parenLeft, start: position, end: position + 1)
            case UInt8(ascii: ")"): return Token(kind: .parenRight, start: position, end: position + 1)
            case UInt8(ascii: ":"): return Token(kind: .colon, start: position, end: position + 1)
            case UInt8(ascii: "$"): return Token(kind: .dollar, start: position, end: position + 1)
            case UInt8(ascii: "@"): return Token(kind: .at, start: position, end: position + 1)
            case UInt8(ascii: "!"): return Token(kind: .bang, start: position, end: position + 1)
            case UInt8(ascii: "["): return Token(kind: .bracketLeft, start: position, end: position + 1)
            case UInt8(ascii: "]"): return Token(kind: .bracketRight, start: position, end: position + 1)
            case UInt8(ascii: "="): return Token(kind: .equals, start: position, end: position + 1)
            case UInt8(ascii: "|"): return Token(kind: .pipe, start: position, end: position + 1)
            case UInt8(ascii: "&"): return Token(kind: .ampersand, start: position, end: position + 1)
            case UInt8(ascii: "."):
                if position + 2 < count && bytes[position + 1] == UInt8(ascii: ".")
                    && bytes[position + 2] == UInt8(ascii: ".")
                {
                    return Token(kind: .spread, start: position, end: position + 3)
                }
                throw error("Unexpected character: \(describeCodePoint(at: position)).", at: position)
            case UInt8(ascii: "\""):
                if position + 2 < count && bytes[position + 1] == UInt8(ascii: "\"")
                    && bytes[position + 2] == UInt8(ascii: "\"")
                {
                    return try blockString(from: position)
                }
                return try string(from: position)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return try number(from: position)
            default:
                if classes[Int(byte)] & ByteClass.nameStart != 0 { return name(from: position) }
                throw unexpectedCharacter(at: position)
            }
        }
        return Token(kind: .endOfFile, start: count, end: count)
    }

    private func skipComment(from position: Int) -> Int {
        var position = position
        while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
        return position
    }

    private func name(from start: Int) -> Token {
        Token(kind: .name, start: start, end: skipRun(of: ByteClass.nameContinue, from: start + 1))
    }

    /// The offset of the first byte at or after `position` that is of `byteClass` (or the end).
    @inline(__always)
    func skipUntil(_ byteClass: UInt8, from position: Int) -> Int {
        // Wrapping arithmetic, as in `skipRun`: offsets stay below `bytes.count`.
        var position = position
        let count = bytes.count
        let lastBlock = count &- 4
        while position <= lastBlock {
            if classes[Int(bytes[position])] & byteClass != 0 { return position }
            if classes[Int(bytes[position &+ 1])] & byteClass != 0 { return position &+ 1 }
            if classes[Int(bytes[position &+ 2])] & byteClass != 0 { return position &+ 2 }
            if classes[Int(bytes[position &+ 3])] & byteClass != 0 { return position &+ 3 }
            position &+= 4
        }
        while position < count, classes[Int(bytes[position])] & byteClass == 0 { position &+= 1 }
        return position
    }

    /// The offset of the first byte at or after `position` that is not of `byteClass`. Unrolled by
    /// four: one bounds check per four bytes in the loops that see most of the input.
    @inline(__always)
    private func skipRun(of byteClass: UInt8, from position: Int) -> Int {
        // Wrapping arithmetic: offsets stay below `bytes.count` (itself below 2^32, checked by
        // `Parser`), so nothing overflows, and the checks would cost two instructions per block.
        var position = position
        let count = bytes.count
        let lastBlock = count &- 4
        while position <= lastBlock {
            if classes[Int(bytes[position])] & byteClass == 0 { return position }
            if classes[Int(bytes[position &+ 1])] & byteClass == 0 { return position &+ 1 }
            if classes[Int(bytes[position &+ 2])] & byteClass == 0 { return position &+ 2 }
            if classes[Int(bytes[position &+ 3])] & byteClass == 0 { return position &+ 3 }
            position &+= 4
        }
        while position < count, classes[Int(bytes[position])] & byteClass != 0 { position &+= 1 }
        return position
    }

    private func unexpectedCharacter(at position: Int) -> SyntaxError {
        if bytes[position] == UInt8(ascii: "'") {
            return error(
                "Unexpected single quote character ('), did you mean to use a double quote (\")?", at: position)
        }
        return error("Unexpected character: \(describeCodePoint(at: position)).", at: position)
    }

    /// A syntax error at `position`.
    func error(_ message: String, at position: Int) -> SyntaxError {
        SyntaxError(message, at: position, in: bytes)
    }

    /// The character at `position` as graphql-js prints it: `"x"` for printable ASCII, `U+XXXX`
    /// otherwise, `<EOF>` past the end.
    func describeCodePoint(at position: Int) -> String {
        guard position < bytes.count else { return "<EOF>" }
        let byte = bytes[position]
        if byte >= 0x20 && byte <= 0x7E {
            return byte == UInt8(ascii: "\"") ? "'\"'" : "\"\(Character(Unicode.Scalar(byte)))\""
        }
        var iterator = bytes[position...].makeIterator()
        var decoder = UTF8()
        let value: UInt32 =
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { scalar.value } else { UInt32(byte) }
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// GraphQL spec (Oct 2021) §2.1.9 NameStart: a letter or `_`.
@inline(__always)
func isNameStart(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
}

/// GraphQL spec (Oct 2021) §2.1.9 NameContinue: a letter, a digit or `_`.
@inline(__always)
func isNameContinue(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
}
