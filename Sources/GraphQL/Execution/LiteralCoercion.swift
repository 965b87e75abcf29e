// CoerceLiteral: graphql-js 16 `valueFromAST`. A literal (with variables already coerced) gives
// a value or nil for invalid; validation (ValuesOfCorrectType) explains invalid literals, so
// this only decides. GraphQL spec (Oct 2021) §3.5-§3.10 "Input Coercion" for literals.

struct LiteralCoercion {
    let table: TypeTable
    /// Coerced variable values; nil when coercing constants (SDL defaults).
    let variables: VariableValues?

    /// The value of the SDL default `constant`, coerced to `type`.
    func coerceConstant(_ constant: ConstantValue, _ type: TypeReference) -> InputValue? {
        coerce(constant.value, in: constant.document, to: type)
    }

    /// The value of literal `ref` of `document` coerced to `type`; nil when it does not coerce.
    func coerce(_ ref: NodeRef<ValueNode>, in document: Document, to type: TypeReference) -> InputValue? {
        let node = document[ref]
        if case .variable(let name) = node.kind {
            guard let value = variables?[document.string(name)] else { return nil }
            if value.isNull && type.isNonNull { return nil }
            return value
        }
        switch type {
        case .nonNull(let inner):
            if case .null = node.kind { return nil }
            return coerce(ref, in: document, to: inner)
        case .list(let itemType):
            if case .null = node.kind { return .null }
            guard case .list(let items) = node.kind else {
                return coerce(ref, in: document, to: itemType).map { .list([$0]) }
            }
            var coerced: [InputValue] = []
            coerced.reserveCapacity(items.count)
            for item in items {
                if isMissingVariable(item, in: document) {
                    if itemType.isNonNull { return nil }
                    coerced.append(.null)
                    continue
                }
                guard let value = coerce(item, in: document, to: itemType) else { return nil }
                coerced.append(value)
            }
            return .list(coerced)
        case .named(let name):
            if case .null = node.kind { return .null }
            guard let info = table.info(named: name) else { return nil }
            if info.kind == .inputObject { return coerceObject(node, in: document, info.definition) }
            guard let leaf = info.leaf else { return nil }
            return coerceLeaf(node, in: document, leaf: leaf, type: info)
        }
    }

    private func isMissingVariable(_ ref: NodeRef<ValueNode>, in document: Document) -> Bool {
        guard case .variable(let name) = document[ref].kind else { return false }
        return variables?[document.string(name)] == nil
    }

    private func coerceObject(_ node: ValueNode, in document: Document, _ type: SchemaType) -> InputValue? {
        guard case .object(let list) = node.kind else { return nil }
        let given = document.nodes(list)
        var coerced: [InputValue.Field] = []
        for field in type.inputFields {
            let entry = given.first { document.name($0.name, equals: field.name) }
            guard let entry, !isMissingVariable(entry.value, in: document) else {
                if let defaultValue = field.defaultValue {
                    guard
                        let value = LiteralCoercion(table: table, variables: nil).coerceConstant(
                            defaultValue, field.type)
                    else { return nil }
                    coerced.append(InputValue.Field(field.name, value))
                } else if field.type.isNonNull {
                    return nil
                }
                continue
            }
            guard let value = coerce(entry.value, in: document, to: field.type) else { return nil }
            coerced.append(InputValue.Field(field.name, value))
        }
        if type.isOneOf {
            // GraphQL spec draft, OneOf input objects: exactly one field, not null.
            guard given.count == 1, coerced.count == 1, !coerced[0].value.isNull else { return nil }
        }
        return .object(coerced)
    }

    private func coerceLeaf(_ node: ValueNode, in document: Document, leaf: LeafKind, type: TypeInfo) -> InputValue? {
        switch (leaf, node.kind) {
        case (.int, .int(let range)):
            guard let value = document.intValue(range), value >= BuiltInScalars.minInt, value <= BuiltInScalars.maxInt
            else { return nil }
            return .int(value)
        case (.float, .int(let range)), (.float, .float(let range)):
            guard let value = document.floatValue(range), value.isFinite else { return nil }
            return .float(value)
        case (.string, .string(let literal)): return .string(document.string(literal))
        case (.boolean, .boolean(let flag)): return .boolean(flag)
        case (.id, .string(let literal)): return .string(document.string(literal))
        case (.id, .int(let range)): return .string(document.text(range))
        case (.enumeration, .enumValue(let name)):
            let text = document.string(name)
            return type.enumNames.contains(text) ? .enumValue(text) : nil
        case (.custom(let coercion), _):
            guard let untyped = InputValue.untyped(node, in: document, variables: variables) else { return nil }
            do throws(CoercionFailure) {
                return try coercion.parseLiteral(untyped)
            } catch {
                return nil
            }
        default: return nil
        }
    }
}
