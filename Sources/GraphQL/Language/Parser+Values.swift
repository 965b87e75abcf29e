// Input values: GraphQL spec (Oct 2021) §2.9. A value is parsed into a `ValueNode` that its
// caller stores: argument and default values go straight into the document, list items and
// object fields wait in the pending stacks until their enclosing value is complete.

extension Parser {
    /// Stores a parsed value in the document and returns its reference.
    @inline(__always)
    mutating func appendValue(_ value: ValueNode) throws(SyntaxError) -> NodeRef<ValueNode> {
        document.values.append(value)
        return NodeRef(document.values.count &- 1)
    }

    /// Value[Const]: a variable (not in constant values), a scalar literal, a list or an object.
    mutating func parseValue(isConstant: Bool) throws(SyntaxError) -> ValueNode {
        let start = token.start
        let offset = UInt32(start)
        let range = SourceRange(start: token.start, end: token.end)
        switch token.kind {
        case .bracketLeft: return try parseList(isConstant: isConstant)
        case .braceLeft: return try parseObject(isConstant: isConstant)
        case .int:
            try advance()
            return ValueNode(kind: .int(range), offset: offset)
        case .float:
            try advance()
            return ValueNode(kind: .float(range), offset: offset)
        case .string, .blockString:
            let literal = literal(of: token)
            try advance()
            return ValueNode(kind: .string(literal), offset: offset)
        case .name:
            let kind = namedValueKind(range)
            try advance()
            return ValueNode(kind: kind, offset: offset)
        case .dollar:
            try advance()
            if isConstant {
                if token.kind == .name {
                    let name = String(decoding: lexer.bytes[token.start..<token.end], as: UTF8.self)
                    throw lexer.error("Unexpected variable \"$\(name)\" in constant value.", at: start)
                }
                throw lexer.error("Unexpected \"$\".", at: start)
            }
            return ValueNode(kind: .variable(try parseName()), offset: offset)
        default:
            throw unexpected()
        }
    }

    /// `true`, `false`, `null` or an enum value.
    private func namedValueKind(_ range: SourceRange) -> ValueNode.Kind {
        let current = token
        if isKeyword(current, "true") { return .boolean(true) }
        if isKeyword(current, "false") { return .boolean(false) }
        if isKeyword(current, "null") { return .null }
        return .enumValue(NameNode(range: range))
    }

    /// ListValue: `[ Value* ]`.
    private mutating func parseList(isConstant: Bool) throws(SyntaxError) -> ValueNode {
        let offset = UInt32(token.start)
        try enterNesting()
        try advance()
        let base = document.pendingValues.count
        while try !skip(.bracketRight) {
            let item = try parseValue(isConstant: isConstant)
            document.pendingValues.push(item)
        }
        depth &-= 1
        return ValueNode(kind: .list(document.pendingValues.flush(from: base, into: &document.values)), offset: offset)
    }

    /// ObjectValue: `{ (Name : Value)* }`.
    private mutating func parseObject(isConstant: Bool) throws(SyntaxError) -> ValueNode {
        let offset = UInt32(token.start)
        try enterNesting()
        try advance()
        let base = document.pendingObjectFields.count
        while try !skip(.braceRight) {
            let start = token.start
            let name = try parseName()
            try expect(.colon)
            let value = try appendValue(try parseValue(isConstant: isConstant))
            document.pendingObjectFields.push(ObjectFieldNode(name: name, value: value, offset: UInt32(start)))
        }
        depth &-= 1
        return ValueNode(
            kind: .object(document.pendingObjectFields.flush(from: base, into: &document.objectFields)), offset: offset)
    }
}
