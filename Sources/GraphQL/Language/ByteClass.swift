/// A 256-entry table classifying bytes for the lexer's hot loops: one load per byte instead of
/// a chain of comparisons.
enum ByteClass {
    /// A letter, digit or `_` (GraphQL spec (Oct 2021) §2.1.9 NameContinue).
    static let nameContinue: UInt8 = 1
    /// A letter or `_` (NameStart).
    static let nameStart: UInt8 = 2
    /// Space, tab, comma, `\n` or `\r`: ignored tokens of one byte (§2.1.3-§2.1.5, §2.1.7).
    static let ignored: UInt8 = 4
    /// `"`, `\\`, `\n` and `\r`: the bytes that end a run of plain characters in a quoted string.
    static let stringStop: UInt8 = 8
    /// The high four bits of a one-byte punctuator's class: its `TokenKind` (never 0).
    static let punctuator: UInt8 = 16
    static let punctuatorShift: UInt8 = 4

    /// The kind of the one-byte punctuator of class `byteClass` (at least `punctuator`).
    @inline(__always)
    static func punctuatorKind(_ byteClass: UInt8) -> TokenKind {
        // The table holds only raw values of punctuator kinds, and `TokenKind`'s raw values are
        // its case numbers (0, 1, 2, ... in declaration order), so the bits are a valid kind.
        unsafeBitCast(byteClass >> punctuatorShift, to: TokenKind.self)
    }

    /// The table, built once and never freed (it lives as long as the process).
    nonisolated(unsafe) static let table: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = nameContinue }
        for byte in Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
            + [UInt8(ascii: "_")]
        {
            table[Int(byte)] = nameContinue | nameStart
        }
        for byte in [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r")] {
            table[Int(byte)] = ignored
        }
        for byte in [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r")] {
            table[Int(byte)] |= stringStop
        }
        let punctuators: [(Unicode.Scalar, TokenKind)] = [
            ("!", .bang), ("$", .dollar), ("&", .ampersand), ("(", .parenLeft), (")", .parenRight), (":", .colon),
            ("=", .equals), ("@", .at), ("[", .bracketLeft), ("]", .bracketRight), ("{", .braceLeft), ("|", .pipe),
            ("}", .braceRight),
        ]
        for (character, kind) in punctuators { table[Int(character.value)] = kind.rawValue << punctuatorShift }
        return UnsafePointer(table)
    }()
}
