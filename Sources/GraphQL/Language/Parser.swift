/// Parses GraphQL documents (executable and type-system) from UTF-8 in one pass.
///
/// ```swift
/// let document = try Parser.parse("query Q($id: ID!) { user(id: $id) { name } }")
/// ```
///
/// The parser never traps on input: any malformed document is a `SyntaxError` locating the first
/// problem (the same position graphql-core 3.2 reports, with graphql-js 16's wording). Nesting of
/// selection sets, list and object values and list types is bounded by `maxDepth`, so hostile input
/// cannot overflow the stack.
package struct Parser {
    /// The default bound on nesting depth (selection sets, values and list types combined).
    package static let defaultMaxDepth = 128

    /// Parses `source`.
    ///
    /// - Parameter maxDepth: the deepest nesting accepted; deeper documents are a `SyntaxError`.
    ///   Each level costs a few hundred bytes of stack, so keep it in the hundreds.
    /// - Throws: `SyntaxError` for the first syntax problem.
    package static func parse(_ source: String, maxDepth: Int = defaultMaxDepth) throws(SyntaxError) -> Document {
        try parse(utf8: Array(source.utf8), maxDepth: maxDepth)
    }

    /// Parses UTF-8 bytes. Invalid UTF-8 inside string literals and comments is accepted (and
    /// decodes to U+FFFD); elsewhere it is an unexpected character.
    package static func parse(utf8 source: [UInt8], maxDepth: Int = defaultMaxDepth) throws(SyntaxError) -> Document {
        // Offsets are stored in 32 bits to keep nodes small.
        guard source.count < Int(UInt32.max) else {
            throw SyntaxError(message: "Syntax Error: Document too large.", line: 1, column: 1, offset: 0)
        }
        return try DocumentBuilderCache.withBuilder(sourceBytes: source.count) { nodes throws(SyntaxError) in
            try source.withUnsafeBufferPointer { bytes throws(SyntaxError) in
                var parser = Parser(bytes: bytes, nodes: nodes, maxDepth: maxDepth)
                try parser.parseDocument()
                return Document(source: source, nodes: nodes)
            }
        }
    }

    let lexer: Lexer
    /// The current (not yet consumed) token.
    var token: Token
    /// The nodes parsed so far: the thread's builder, appended to in place.
    let nodes: UnsafeMutablePointer<DocumentBuilder>
    let maxDepth: Int
    var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, nodes: UnsafeMutablePointer<DocumentBuilder>, maxDepth: Int) {
        lexer = Lexer(bytes: bytes, classes: nodes.pointee.byteClasses)
        token = Token(kind: .endOfFile, start: 0, end: 0)
        self.nodes = nodes
        self.maxDepth = maxDepth
    }

    /// The nodes parsed so far, read and appended to in place (never copied: a copy of the
    /// builder would make every array append reallocate).
    var document: DocumentBuilder {
        unsafeAddress { UnsafePointer(nodes) }
        nonmutating unsafeMutableAddress { nodes }
    }

    /// Document: Definition+ (GraphQL spec (Oct 2021) §2.2).
    private mutating func parseDocument() throws(SyntaxError) {
        token = try lexer.token(at: 0)
        repeat {
            let definition = try parseDefinition()
            document.definitions.append(definition)
        } while token.kind != .endOfFile
    }
}

// MARK: - Token helpers

extension Parser {
    /// Consumes the current token and reads the next one.
    @inline(__always)
    mutating func advance() throws(SyntaxError) {
        token = try lexer.token(at: token.end)
    }

    /// The token after the current one, without consuming anything.
    func lookahead() throws(SyntaxError) -> Token { try lexer.token(at: token.end) }

    /// Consumes a token of `kind`, or fails with `Expected <kind>, found <token>.`
    @inline(__always)
    mutating func expect(_ kind: TokenKind) throws(SyntaxError) {
        guard token.kind == kind else { throw expected(kind.description) }
        try advance()
    }

    /// Consumes a token of `kind` if it is the current one.
    @inline(__always)
    mutating func skip(_ kind: TokenKind) throws(SyntaxError) -> Bool {
        guard token.kind == kind else { return false }
        try advance()
        return true
    }

    /// Consumes a name token and returns it.
    @inline(__always)
    mutating func parseName() throws(SyntaxError) -> NameNode {
        guard token.kind == .name else { throw expected("Name") }
        let name = NameNode(range: SourceRange(start: token.start, end: token.end))
        try advance()
        return name
    }

    /// Whether `token` is the name `keyword`. Inlined: with the keyword a constant, the checks of
    /// kind and length (which reject almost every other token) cost a few instructions.
    @inline(__always)
    func isKeyword(_ token: Token, _ keyword: StaticString) -> Bool {
        guard token.kind == .name, token.end - token.start == keyword.utf8CodeUnitCount else { return false }
        let bytes = lexer.bytes
        for index in 0..<keyword.utf8CodeUnitCount where bytes[token.start + index] != keyword.utf8Start[index] {
            return false
        }
        return true
    }

    /// Consumes the keyword, or fails with `Expected "keyword", found <token>.`
    @inline(__always)
    mutating func expectKeyword(_ keyword: StaticString) throws(SyntaxError) {
        guard isKeyword(token, keyword) else { throw expectedKeyword(keyword) }
        try advance()
    }

    @inline(never)
    private func expectedKeyword(_ keyword: StaticString) -> SyntaxError { expected("\"\(keyword)\"") }

    /// Consumes the keyword if it is the current token.
    @inline(__always)
    mutating func skipKeyword(_ keyword: StaticString) throws(SyntaxError) -> Bool {
        guard isKeyword(token, keyword) else { return false }
        try advance()
        return true
    }

    /// Enters one level of nesting at the current token, failing beyond `maxDepth`.
    @inline(__always)
    mutating func enterNesting() throws(SyntaxError) {
        // Wrapping: depth never passes `maxDepth + 1`, and this runs for every nested list.
        depth &+= 1
        if depth > maxDepth {
            throw lexer.error("Document nesting exceeds the maximum depth of \(maxDepth).", at: token.start)
        }
    }

    // MARK: Errors

    /// `Expected <what>, found <token>.` at the current token.
    func expected(_ what: String) -> SyntaxError {
        lexer.error("Expected \(what), found \(describe(token)).", at: token.start)
    }

    /// `Unexpected <token>.` at `token` (the current one by default).
    func unexpected(_ token: Token? = nil) -> SyntaxError {
        let token = token ?? self.token
        return lexer.error("Unexpected \(describe(token)).", at: token.start)
    }

    /// A token as graphql-js describes it: `Name "x"`, `"}"`, `<EOF>`, `String "text"`.
    func describe(_ token: Token) -> String {
        let kind = token.kind.description
        switch token.kind {
        case .name, .int, .float:
            return kind + " \"" + String(decoding: lexer.bytes[token.start..<token.end], as: UTF8.self) + "\""
        case .string, .blockString:
            return kind + " \"" + stringValue(of: token) + "\""
        default:
            return kind
        }
    }

    /// The string literal of a string token.
    func literal(of token: Token) -> StringLiteral {
        let quotes = token.kind == .blockString ? 3 : 1
        return StringLiteral(
            content: SourceRange(start: token.start + quotes, end: token.end - quotes),
            isBlock: token.kind == .blockString, hasEscapes: token.hasEscapes)
    }

    private func stringValue(of token: Token) -> String {
        Document.value(of: literal(of: token), in: Array(lexer.bytes))
    }
}
