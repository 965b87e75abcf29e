// Type-system definitions and extensions: GraphQL spec (Oct 2021) §3, in graphql-core 3.2's
// order of checks. None of these lists nest, so every node goes straight into the document.

extension Parser {
    /// A type-system definition if `keyword` (the current token, or the one after a description)
    /// starts one; nil otherwise.
    mutating func parseTypeSystemDefinition(keyword: Token) throws(SyntaxError) -> DefinitionNode? {
        if isKeyword(keyword, "schema") { return .schema(try parseSchemaDefinition(isExtension: false)) }
        if isKeyword(keyword, "directive") { return .directive(try parseDirectiveDefinition()) }
        guard let kind = typeDefinitionKind(keyword) else { return nil }
        return .type(try parseTypeDefinition(kind, isExtension: false))
    }

    private func typeDefinitionKind(_ keyword: Token) -> TypeDefinitionKind? {
        if isKeyword(keyword, "type") { return .object }
        if isKeyword(keyword, "scalar") { return .scalar }
        if isKeyword(keyword, "interface") { return .interface }
        if isKeyword(keyword, "union") { return .union }
        if isKeyword(keyword, "enum") { return .enumeration }
        if isKeyword(keyword, "input") { return .inputObject }
        return nil
    }

    /// `extend schema|scalar|type|interface|union|enum|input ...`
    mutating func parseTypeSystemExtension() throws(SyntaxError) -> DefinitionNode {
        let keyword = try lookahead()
        if keyword.kind == .name {
            if isKeyword(keyword, "schema") { return .schema(try parseSchemaDefinition(isExtension: true)) }
            if let kind = typeDefinitionKind(keyword) { return .type(try parseTypeDefinition(kind, isExtension: true)) }
        }
        throw unexpected(keyword)
    }

    private mutating func parseDescription() throws(SyntaxError) -> StringLiteral? {
        guard token.kind == .string || token.kind == .blockString else { return nil }
        let description = literal(of: token)
        try advance()
        return description
    }

    /// SchemaDefinition / SchemaExtension.
    private mutating func parseSchemaDefinition(isExtension: Bool) throws(SyntaxError) -> NodeRef<SchemaDefinitionNode>
    {
        let start = token.start
        let description = isExtension ? nil : try parseDescription()
        if isExtension { try expectKeyword("extend") }
        try expectKeyword("schema")
        let directives = try parseDirectives(isConstant: true)
        let first = document.operationTypes.count
        if !isExtension || token.kind == .braceLeft {
            try expect(.braceLeft)
            repeat {
                let entryStart = token.start
                let operation = try parseOperationKind()
                try expect(.colon)
                let type = try parseName()
                document.operationTypes.append(
                    OperationTypeDefinitionNode(operation: operation, type: type, offset: UInt32(entryStart)))
            } while try !skip(.braceRight)
        }
        let operationTypes = NodeList<OperationTypeDefinitionNode>(start: first, end: document.operationTypes.count)
        if isExtension && directives.isEmpty && operationTypes.isEmpty { throw unexpected() }
        document.schemaDefinitions.append(
            SchemaDefinitionNode(
                description: description, isExtension: isExtension, directives: directives,
                operationTypes: operationTypes, offset: UInt32(start)))
        return NodeRef(document.schemaDefinitions.count &- 1)
    }

    /// Scalar, object, interface, union, enum and input object definitions and extensions.
    private mutating func parseTypeDefinition(_ kind: TypeDefinitionKind, isExtension: Bool) throws(SyntaxError)
        -> NodeRef<TypeDefinitionNode>
    {
        let start = token.start
        let description = isExtension ? nil : try parseDescription()
        if isExtension { try expectKeyword("extend") }
        try advance()  // the kind's keyword, already checked
        let name = try parseName()
        var node = TypeDefinitionNode(
            kind: kind, isExtension: isExtension, description: description, name: name, interfaces: .empty,
            directives: .empty, fields: .empty, unionMembers: .empty, enumValues: .empty, inputFields: .empty,
            offset: UInt32(start))
        switch kind {
        case .scalar:
            node.directives = try parseDirectives(isConstant: true)
        case .object, .interface:
            node.interfaces = try parseImplementsInterfaces()
            node.directives = try parseDirectives(isConstant: true)
            node.fields = try parseFieldDefinitions()
        case .union:
            node.directives = try parseDirectives(isConstant: true)
            node.unionMembers = try skip(.equals) ? try parseDelimitedNames(.pipe) : .empty
        case .enumeration:
            node.directives = try parseDirectives(isConstant: true)
            node.enumValues = try parseEnumValueDefinitions()
        case .inputObject:
            node.directives = try parseDirectives(isConstant: true)
            node.inputFields = try parseInputValueDefinitions(open: .braceLeft, close: .braceRight)
        }
        if isExtension && node.interfaces.isEmpty && node.directives.isEmpty && node.fields.isEmpty
            && node.unionMembers.isEmpty && node.enumValues.isEmpty && node.inputFields.isEmpty
        {
            throw unexpected()
        }
        document.typeDefinitions.append(node)
        return NodeRef(document.typeDefinitions.count &- 1)
    }

    /// ImplementsInterfaces: `implements &? Name (& Name)*`, or nothing.
    private mutating func parseImplementsInterfaces() throws(SyntaxError) -> NodeList<NameNode> {
        try skipKeyword("implements") ? try parseDelimitedNames(.ampersand) : .empty
    }

    /// `delimiter? Name (delimiter Name)*`: interfaces, union members, directive locations.
    private mutating func parseDelimitedNames(_ delimiter: TokenKind, locations: Bool = false) throws(SyntaxError)
        -> NodeList<NameNode>
    {
        let first = document.names.count
        _ = try skip(delimiter)
        repeat {
            let current = token
            let name = try parseName()
            // graphql-core checks the location after reading the token that follows it.
            if locations && !isDirectiveLocation(name) { throw unexpected(current) }
            document.names.append(name)
        } while try skip(delimiter)
        return NodeList(start: first, end: document.names.count)
    }

    /// `DirectiveLocation`'s spellings as bytes, so a location is checked without making a String.
    private static let directiveLocationSpellings = DirectiveLocation.allCases.map { Array($0.rawValue.utf8) }

    private func isDirectiveLocation(_ name: NameNode) -> Bool {
        let spelling = lexer.bytes[Int(name.range.start)..<Int(name.range.end)]
        return Self.directiveLocationSpellings.contains { $0.count == spelling.count && $0.elementsEqual(spelling) }
    }

    /// FieldsDefinition: `{ FieldDefinition+ }`, or nothing.
    private mutating func parseFieldDefinitions() throws(SyntaxError) -> NodeList<FieldDefinitionNode> {
        guard try skip(.braceLeft) else { return .empty }
        let first = document.fieldDefinitions.count
        repeat {
            let start = token.start
            let description = try parseDescription()
            let name = try parseName()
            let arguments = try parseInputValueDefinitions(open: .parenLeft, close: .parenRight)
            try expect(.colon)
            let type = try parseTypeReference()
            let directives = try parseDirectives(isConstant: true)
            document.fieldDefinitions.append(
                FieldDefinitionNode(
                    description: description, name: name, arguments: arguments, type: type, directives: directives,
                    offset: UInt32(start)))
        } while try !skip(.braceRight)
        return NodeList(start: first, end: document.fieldDefinitions.count)
    }

    /// ArgumentsDefinition `( InputValueDefinition+ )` or InputFieldsDefinition `{ ... }`, or nothing.
    private mutating func parseInputValueDefinitions(open: TokenKind, close: TokenKind) throws(SyntaxError)
        -> NodeList<InputValueDefinitionNode>
    {
        guard try skip(open) else { return .empty }
        let first = document.inputValueDefinitions.count
        repeat {
            let start = token.start
            let description = try parseDescription()
            let name = try parseName()
            try expect(.colon)
            let type = try parseTypeReference()
            let defaultValue = try skip(.equals) ? try appendValue(try parseValue(isConstant: true)) : nil
            let directives = try parseDirectives(isConstant: true)
            document.inputValueDefinitions.append(
                InputValueDefinitionNode(
                    description: description, name: name, type: type, defaultValue: defaultValue,
                    directives: directives, offset: UInt32(start)))
        } while try !skip(close)
        return NodeList(start: first, end: document.inputValueDefinitions.count)
    }

    /// EnumValuesDefinition: `{ EnumValueDefinition+ }`, or nothing. Values are never `true`,
    /// `false` or `null`.
    private mutating func parseEnumValueDefinitions() throws(SyntaxError) -> NodeList<EnumValueDefinitionNode> {
        guard try skip(.braceLeft) else { return .empty }
        let first = document.enumValueDefinitions.count
        repeat {
            let start = token.start
            let description = try parseDescription()
            if isKeyword(token, "true") || isKeyword(token, "false") || isKeyword(token, "null") {
                throw lexer.error(
                    "\(describe(token)) is reserved and cannot be used for an enum value.", at: token.start)
            }
            let name = try parseName()
            let directives = try parseDirectives(isConstant: true)
            document.enumValueDefinitions.append(
                EnumValueDefinitionNode(
                    description: description, name: name, directives: directives, offset: UInt32(start)))
        } while try !skip(.braceRight)
        return NodeList(start: first, end: document.enumValueDefinitions.count)
    }

    /// DirectiveDefinition: `directive @Name ArgumentsDefinition? repeatable? on Locations`.
    private mutating func parseDirectiveDefinition() throws(SyntaxError) -> NodeRef<DirectiveDefinitionNode> {
        let start = token.start
        let description = try parseDescription()
        try expectKeyword("directive")
        try expect(.at)
        let name = try parseName()
        let arguments = try parseInputValueDefinitions(open: .parenLeft, close: .parenRight)
        let isRepeatable = try skipKeyword("repeatable")
        try expectKeyword("on")
        let locations = try parseDelimitedNames(.pipe, locations: true)
        document.directiveDefinitions.append(
            DirectiveDefinitionNode(
                description: description, name: name, arguments: arguments, isRepeatable: isRepeatable,
                locations: locations, offset: UInt32(start)))
        return NodeRef(document.directiveDefinitions.count &- 1)
    }
}
