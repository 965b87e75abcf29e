extension InputValue {
    /// graphql-js `valueFromASTUntyped`: the plain value a literal denotes, what a custom
    /// scalar's `parseLiteral` is given. A variable is its value in `variables`; with no values
    /// (validation, SDL defaults) it denotes nothing: nil alone, null in a list, absent in an object.
    static func untyped(_ node: ValueNode, in document: Document, variables: VariableValues?) -> InputValue? {
        switch node.kind {
        case .variable(let name): return variables?[document.string(name)]
        case .int(let range):
            if let value = document.intValue(range) { return .int(value) }
            return document.floatValue(range).map { .float($0) }
        case .float(let range): return document.floatValue(range).map { .float($0) }
        case .string(let literal): return .string(document.string(literal))
        case .boolean(let flag): return .boolean(flag)
        case .null: return .null
        case .enumValue(let name): return .string(document.string(name))
        case .list(let items):
            return .list(document.nodes(items).map { untyped($0, in: document, variables: variables) ?? .null })
        case .object(let fields):
            return .object(
                document.nodes(fields).compactMap { field in
                    untyped(document[field.value], in: document, variables: variables).map {
                        InputValue.Field(document.string(field.name), $0)
                    }
                })
        }
    }
}
