/// The kinds of lexical token. GraphQL spec (Oct 2021) §2.1.6 Token, §2.1.8 Punctuator.
enum TokenKind: UInt8, Sendable {
    case endOfFile
    case bang, dollar, ampersand, parenLeft, parenRight, spread, colon, equals, at, bracketLeft, bracketRight
    case braceLeft, pipe, braceRight
    case name, int, float, string, blockString

    /// How graphql-js names the kind in messages: punctuators quoted, the others by kind.
    var description: String {
        switch self {
        case .endOfFile: "<EOF>"
        case .bang: "\"!\""
        case .dollar: "\"$\""
        case .ampersand: "\"&\""
        case .parenLeft: "\"(\""
        case .parenRight: "\")\""
        case .spread: "\"...\""
        case .colon: "\":\""
        case .equals: "\"=\""
        case .at: "\"@\""
        case .bracketLeft: "\"[\""
        case .bracketRight: "\"]\""
        case .braceLeft: "\"{\""
        case .pipe: "\"|\""
        case .braceRight: "\"}\""
        case .name: "Name"
        case .int: "Int"
        case .float: "Float"
        case .string: "String"
        case .blockString: "BlockString"
        }
    }
}

/// One lexical token: its kind and byte range (for strings, including the quotes).
///
/// The range is held in 32 bits (`Parser` rejects larger sources) so the whole token is
/// 12 bytes and travels in registers between the lexer and the parser.
struct Token: Sendable {
    var kind: TokenKind
    /// For strings: whether the content holds a backslash.
    var hasEscapes: Bool
    private var startOffset: UInt32
    private var endOffset: UInt32

    init(kind: TokenKind, start: Int, end: Int, hasEscapes: Bool = false) {
        self.kind = kind
        self.hasEscapes = hasEscapes
        self.startOffset = UInt32(truncatingIfNeeded: start)
        self.endOffset = UInt32(truncatingIfNeeded: end)
    }

    /// The offset of its first byte.
    var start: Int { Int(startOffset) }
    /// The offset one past its last byte.
    var end: Int { Int(endOffset) }
}
