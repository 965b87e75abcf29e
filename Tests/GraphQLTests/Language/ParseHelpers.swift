import GraphQL
import Testing

/// The syntax error parsing `source` gives, or nil when it parses.
func syntaxError(_ source: String, maxDepth: Int = Parser.defaultMaxDepth) -> SyntaxError? {
    do {
        _ = try Parser.parse(source, maxDepth: maxDepth)
        return nil
    } catch {
        return error
    }
}

extension Document {
    /// The first operation's top-level fields (fails the test if the first selection set has others).
    func topFields() -> [FieldNode] {
        guard let operation = operations.first else { return [] }
        return selections(of: operation.selectionSet).compactMap { selection in
            if case .field(let ref) = selection { self[ref] } else { nil }
        }
    }

    /// The value of the argument `name` of the first top-level field.
    func argumentValue(_ name: String) -> ValueNode? {
        guard let field = topFields().first, let argument = argument(named: name, in: field.arguments) else {
            return nil
        }
        return self[argument.value]
    }
}
