// Executable definitions: GraphQL spec (Oct 2021) §2.3 to §2.8, in graphql-core 3.2's order of
// checks so the first error is reported at the same place.

extension Parser {
    /// Definition: an operation, a fragment, or a type-system definition or extension.
    mutating func parseDefinition() throws(SyntaxError) -> DefinitionNode {
        if token.kind == .braceLeft { return .operation(try parseOperationDefinition()) }
        let hasDescription = token.kind == .string || token.kind == .blockString
        let keyword = hasDescription ? try lookahead() : token
        if keyword.kind == .name {
            // Executable definitions first when there is no description: the keywords are
            // disjoint, so the order only matters for the description error below.
            if !hasDescription {
                if let kind = operationKind(of: keyword) { return .operation(try parseOperationDefinition(kind: kind)) }
                if isKeyword(keyword, "fragment") { return .fragment(try parseFragmentDefinition()) }
            }
            if let definition = try parseTypeSystemDefinition(keyword: keyword) { return definition }
            if hasDescription {
                throw lexer.error(
                    "Unexpected description, descriptions are supported only on type definitions.", at: token.start)
            }
            if isKeyword(keyword, "query") || isKeyword(keyword, "mutation") || isKeyword(keyword, "subscription") {
                return .operation(try parseOperationDefinition())
            }
            if isKeyword(keyword, "fragment") { return .fragment(try parseFragmentDefinition()) }
            if isKeyword(keyword, "extend") { return try parseTypeSystemExtension() }
        }
        throw unexpected(keyword)
    }

    /// OperationDefinition: `{ ... }` or `kind Name? VariableDefinitions? Directives? SelectionSet`.
    ///
    /// `kind`, when given, is the operation kind the current token was already found to name: the
    /// keyword is then consumed without comparing it again.
    mutating func parseOperationDefinition(kind known: OperationKind? = nil) throws(SyntaxError)
        -> NodeRef<OperationDefinitionNode>
    {
        let start = token.start
        var operation: OperationDefinitionNode
        if token.kind == .braceLeft {
            let selectionSet = try parseSelectionSet()
            operation = OperationDefinitionNode(
                kind: .query, name: nil, variableDefinitions: .empty, directives: .empty, selectionSet: selectionSet,
                isShorthand: true, offset: UInt32(start))
        } else {
            let kind: OperationKind
            if let known {
                try advance()
                kind = known
            } else {
                kind = try parseOperationKind()
            }
            let name = token.kind == .name ? try parseName() : nil
            let variables = try parseVariableDefinitions()
            let directives = try parseDirectives(isConstant: false)
            let selectionSet = try parseSelectionSet()
            operation = OperationDefinitionNode(
                kind: kind, name: name, variableDefinitions: variables, directives: directives,
                selectionSet: selectionSet, isShorthand: false, offset: UInt32(start))
        }
        document.operations.append(operation)
        return NodeRef(document.operations.count &- 1)
    }

    /// OperationType: `query`, `mutation` or `subscription`.
    mutating func parseOperationKind() throws(SyntaxError) -> OperationKind {
        guard token.kind == .name else { throw expected("Name") }
        let current = token
        // graphql-core reads the following token before checking the keyword.
        try advance()
        guard let kind = operationKind(of: current) else { throw unexpected(current) }
        return kind
    }

    /// The operation kind the keyword `token` names, if it names one.
    @inline(__always)
    func operationKind(of token: Token) -> OperationKind? {
        if isKeyword(token, "query") { return .query }
        if isKeyword(token, "mutation") { return .mutation }
        if isKeyword(token, "subscription") { return .subscription }
        return nil
    }

    /// VariableDefinitions: `( VariableDefinition+ )`, or nothing.
    private mutating func parseVariableDefinitions() throws(SyntaxError) -> NodeList<VariableDefinitionNode> {
        guard try skip(.parenLeft) else { return .empty }
        // Variable definitions hold directives and values but never each other: appended directly.
        let first = document.variableDefinitions.count
        repeat {
            let start = token.start
            try expect(.dollar)
            let name = try parseName()
            try expect(.colon)
            let type = try parseTypeReference()
            let defaultValue = try skip(.equals) ? try appendValue(try parseValue(isConstant: true)) : nil
            let directives = try parseDirectives(isConstant: true)
            document.variableDefinitions.append(
                VariableDefinitionNode(
                    name: name, type: type, defaultValue: defaultValue, directives: directives,
                    offset: UInt32(start)))
        } while try !skip(.parenRight)
        return NodeList(start: first, end: document.variableDefinitions.count)
    }

    /// SelectionSet: `{ Selection+ }`.
    mutating func parseSelectionSet() throws(SyntaxError) -> NodeRef<SelectionSetNode> {
        let start = token.start
        try enterNesting()
        try expect(.braceLeft)
        document.divertDirectSelections()
        let base = document.pendingSelections.count
        let first = document.selections.count
        document.directSelectionsStart = first
        repeat {
            let selection = try parseSelection()
            // A nested set diverted this one's selections to the pending stack: the rest follow.
            if document.directSelectionsStart == first {
                document.selections.append(selection)
            } else {
                document.pendingSelections.push(selection)
            }
        } while try !skip(.braceRight)
        depth &-= 1
        let selections: NodeList<SelectionNode>
        if document.directSelectionsStart == first {
            selections = NodeList(start: first, end: document.selections.count)
        } else {
            selections = document.pendingSelections.flush(from: base, into: &document.selections)
        }
        document.directSelectionsStart = -1
        document.selectionSets.append(SelectionSetNode(selections: selections, offset: UInt32(start)))
        return NodeRef(document.selectionSets.count &- 1)
    }

    /// Selection: a field, or after `...` a fragment spread or an inline fragment.
    private mutating func parseSelection() throws(SyntaxError) -> SelectionNode {
        guard token.kind == .spread else { return .field(try parseField()) }
        let start = token.start
        try advance()
        let hasTypeCondition = try skipKeyword("on")
        if !hasTypeCondition && token.kind == .name {
            let name = try parseName()
            let directives = try parseDirectives(isConstant: false)
            document.fragmentSpreads.append(
                FragmentSpreadNode(name: name, directives: directives, offset: UInt32(start)))
            return .fragmentSpread(NodeRef(document.fragmentSpreads.count &- 1))
        }
        let typeCondition = hasTypeCondition ? try parseName() : nil
        let directives = try parseDirectives(isConstant: false)
        let selectionSet = try parseSelectionSet()
        document.inlineFragments.append(
            InlineFragmentNode(
                typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
                offset: UInt32(start)))
        return .inlineFragment(NodeRef(document.inlineFragments.count &- 1))
    }

    /// Field: `Alias? Name Arguments? Directives? SelectionSet?`.
    private mutating func parseField() throws(SyntaxError) -> NodeRef<FieldNode> {
        let start = token.start
        var alias: NameNode? = nil
        var name = try parseName()
        if try skip(.colon) {
            alias = name
            name = try parseName()
        }
        let arguments = try parseArguments(isConstant: false)
        let directives = try parseDirectives(isConstant: false)
        let selectionSet = token.kind == .braceLeft ? try parseSelectionSet() : nil
        document.fields.append(
            FieldNode(
                alias: alias, name: name, arguments: arguments, directives: directives, selectionSet: selectionSet,
                offset: UInt32(start)))
        return NodeRef(document.fields.count &- 1)
    }

    /// Arguments: `( Name : Value ... )`, or nothing. Arguments never nest, so they are appended
    /// straight into the document.
    @inline(__always)
    mutating func parseArguments(isConstant: Bool) throws(SyntaxError) -> NodeList<ArgumentNode> {
        // Most fields have none: decided here without a call.
        guard token.kind == .parenLeft else { return .empty }
        return try parseArgumentList(isConstant: isConstant)
    }

    private mutating func parseArgumentList(isConstant: Bool) throws(SyntaxError) -> NodeList<ArgumentNode> {
        try advance()
        let first = document.arguments.count
        repeat {
            let start = token.start
            let name = try parseName()
            try expect(.colon)
            let value = try appendValue(try parseValue(isConstant: isConstant))
            document.arguments.append(ArgumentNode(name: name, value: value, offset: UInt32(start)))
        } while try !skip(.parenRight)
        return NodeList(start: first, end: document.arguments.count)
    }

    /// Directives: `@Name Arguments?` repeated, or nothing. A node's directives are appended one
    /// after the other (their arguments hold no directives), so they stay contiguous.
    @inline(__always)
    mutating func parseDirectives(isConstant: Bool) throws(SyntaxError) -> NodeList<DirectiveNode> {
        // Most nodes have none: decided here without a call.
        guard token.kind == .at else {
            let end = document.directives.count
            return NodeList(start: end, end: end)
        }
        return try parseDirectiveList(isConstant: isConstant)
    }

    private mutating func parseDirectiveList(isConstant: Bool) throws(SyntaxError) -> NodeList<DirectiveNode> {
        let first = document.directives.count
        while token.kind == .at {
            let start = token.start
            try advance()
            let name = try parseName()
            let arguments = try parseArguments(isConstant: isConstant)
            document.directives.append(DirectiveNode(name: name, arguments: arguments, offset: UInt32(start)))
        }
        return NodeList(start: first, end: document.directives.count)
    }

    /// FragmentDefinition: `fragment Name on Type Directives? SelectionSet` (Name is not `on`).
    private mutating func parseFragmentDefinition() throws(SyntaxError) -> NodeRef<FragmentDefinitionNode> {
        let start = token.start
        try expectKeyword("fragment")
        if isKeyword(token, "on") { throw unexpected() }
        let name = try parseName()
        try expectKeyword("on")
        let typeCondition = try parseName()
        let directives = try parseDirectives(isConstant: false)
        let selectionSet = try parseSelectionSet()
        document.fragments.append(
            FragmentDefinitionNode(
                name: name, typeCondition: typeCondition, directives: directives, selectionSet: selectionSet,
                offset: UInt32(start)))
        return NodeRef(document.fragments.count &- 1)
    }

    /// Type: `Name`, `[Type]`, either followed by an optional `!`.
    mutating func parseTypeReference() throws(SyntaxError) -> NodeRef<TypeNode> {
        let start = token.start
        var shape: TypeNode.Shape
        if token.kind == .bracketLeft {
            try enterNesting()
            try advance()
            let inner = try parseTypeReference()
            try expect(.bracketRight)
            depth &-= 1
            shape = .list(inner)
        } else {
            shape = .named(try parseName())
        }
        if token.kind == .bang {
            document.typeNodes.append(TypeNode(shape: shape, offset: UInt32(start)))
            shape = .nonNull(NodeRef(document.typeNodes.count &- 1))
            try advance()
        }
        document.typeNodes.append(TypeNode(shape: shape, offset: UInt32(start)))
        return NodeRef(document.typeNodes.count &- 1)
    }
}
