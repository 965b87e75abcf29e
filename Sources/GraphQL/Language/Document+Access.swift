// The read API validation and execution use: children as array slices, names as strings,
// lookups by name, locations. All of it reads the flat arrays; nothing here allocates except
// the `String`s callers ask for.

extension Document {
    /// The nodes of a child list, as a slice of the document's array for their kind.
    package func nodes(_ list: NodeList<SelectionNode>) -> NodeArray<SelectionNode> { selections[list.indices] }
    package func nodes(_ list: NodeList<ArgumentNode>) -> NodeArray<ArgumentNode> { arguments[list.indices] }
    package func nodes(_ list: NodeList<DirectiveNode>) -> NodeArray<DirectiveNode> { directives[list.indices] }
    package func nodes(_ list: NodeList<ValueNode>) -> NodeArray<ValueNode> { values[list.indices] }
    package func nodes(_ list: NodeList<ObjectFieldNode>) -> NodeArray<ObjectFieldNode> {
        objectFields[list.indices]
    }
    package func nodes(_ list: NodeList<VariableDefinitionNode>) -> NodeArray<VariableDefinitionNode> {
        variableDefinitions[list.indices]
    }
    package func nodes(_ list: NodeList<OperationTypeDefinitionNode>) -> NodeArray<OperationTypeDefinitionNode> {
        operationTypes[list.indices]
    }
    package func nodes(_ list: NodeList<FieldDefinitionNode>) -> NodeArray<FieldDefinitionNode> {
        fieldDefinitions[list.indices]
    }
    package func nodes(_ list: NodeList<InputValueDefinitionNode>) -> NodeArray<InputValueDefinitionNode> {
        inputValueDefinitions[list.indices]
    }
    package func nodes(_ list: NodeList<EnumValueDefinitionNode>) -> NodeArray<EnumValueDefinitionNode> {
        enumValueDefinitions[list.indices]
    }
    package func nodes(_ list: NodeList<NameNode>) -> NodeArray<NameNode> { names[list.indices] }

    /// The selections of a selection set, in source order.
    package func selections(of set: NodeRef<SelectionSetNode>) -> NodeArray<SelectionNode> {
        selections[selectionSets[Int(set.index)].selections.indices]
    }

    /// A field's arguments, in source order.
    package func arguments(of field: FieldNode) -> NodeArray<ArgumentNode> { arguments[field.arguments.indices] }

    /// A directive's arguments, in source order.
    package func arguments(of directive: DirectiveNode) -> NodeArray<ArgumentNode> {
        arguments[directive.arguments.indices]
    }

    /// The argument called `name` in `list`, if present (the first one, if repeated).
    package func argument(named name: String, in list: NodeList<ArgumentNode>) -> ArgumentNode? {
        nodes(list).first { self.name($0.name, equals: name) }
    }

    /// The directive called `name` in `list`, if present (the first one, if repeated).
    package func directive(named name: String, in list: NodeList<DirectiveNode>) -> DirectiveNode? {
        nodes(list).first { self.name($0.name, equals: name) }
    }

    /// The operation to run, per GraphQL spec (Oct 2021) §6.1 GetOperation: the one called `name`,
    /// or with `name` nil the only operation of the document (nil when there are several or none).
    package func operation(named name: String?) -> OperationDefinitionNode? {
        guard let name else { return operations.count == 1 ? operations[0] : nil }
        return operations.first { operation in operation.name.map { self.name($0, equals: name) } ?? false }
    }

    /// The fragment definition called `name` (the first one, if repeated).
    package func fragment(named name: String) -> FragmentDefinitionNode? {
        fragments.first { self.name($0.name, equals: name) }
    }

    /// The named type at the core of a type reference: `User` for `[User!]!`.
    package func namedType(of type: NodeRef<TypeNode>) -> NameNode {
        var current = type
        while true {
            switch self[current].shape {
            case .named(let name): return name
            case .list(let inner), .nonNull(let inner): current = inner
            }
        }
    }

    /// The 1-based line and column (in code points) of a node.
    package func location(of node: some SourceLocated) -> SourceLocation { location(ofOffset: Int(node.offset)) }

    /// The 1-based line and column (in code points) of a byte offset of the source.
    package func location(ofOffset offset: Int) -> SourceLocation { SourceLocation(of: offset, in: source) }
}

// MARK: - Names and scalar literals

extension Document {
    /// The name as a `String`.
    package func string(_ name: NameNode) -> String { text(name.range) }

    /// The source bytes of `range` as a `String`, as written.
    package func text(_ range: SourceRange) -> String {
        String(decoding: source[Int(range.start)..<Int(range.end)], as: UTF8.self)
    }

    /// Whether the name is spelled `string`, compared byte by byte without allocating.
    package func name(_ name: NameNode, equals string: String) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == name.range.count else { return false }
        return source[Int(name.range.start)..<Int(name.range.end)].elementsEqual(utf8)
    }

    /// Whether two names of this document are spelled the same.
    package func name(_ left: NameNode, equals right: NameNode) -> Bool {
        left.range.count == right.range.count
            && source[Int(left.range.start)..<Int(left.range.end)]
                .elementsEqual(source[Int(right.range.start)..<Int(right.range.end)])
    }

    /// An int literal's value, or nil when it does not fit in `Int` (64 bits).
    package func intValue(_ range: SourceRange) -> Int? {
        var index = Int(range.start)
        let end = Int(range.end)
        let isNegative = index < end && source[index] == UInt8(ascii: "-")
        if isNegative { index += 1 }
        var value = 0
        while index < end {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let digit = Int(source[index] &- UInt8(ascii: "0"))
            let (next, overflow2) =
                isNegative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// An int or float literal's value as a `Double` (infinite when out of range).
    package func floatValue(_ range: SourceRange) -> Double? { Double(text(range)) }
}
