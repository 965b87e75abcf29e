import GraphQL

/// The variables a client would send with a document: a value for every variable of its first
/// operation that has no default, by type (ids name records of `GraphQLBenchStore.sample`).
enum GraphQLBenchVariables {
    static func sample(for document: Document, schema: Schema) -> InputValue {
        guard let operation = document.operations.first else { return .object([]) }
        var fields: [InputValue.Field] = []
        for definition in document.nodes(operation.variableDefinitions) where definition.defaultValue == nil {
            fields.append(InputValue.Field(document.string(definition.name), value(definition.type, in: document)))
        }
        return .object(fields)
    }

    private static func value(_ type: NodeRef<TypeNode>, in document: Document) -> InputValue {
        switch document[type].shape {
        case .nonNull(let inner): return value(inner, in: document)
        case .list(let inner): return .list([value(inner, in: document)])
        case .named(let name):
            switch document.string(name) {
            case "Int": return .int(5)
            case "Float": return .float(1.5)
            case "Boolean": return .boolean(true)
            case "DateTime": return .string("2026-11-25T10:00:00Z")
            case "String": return .string("c1@example.com")
            default: return .string("1")
            }
        }
    }
}
