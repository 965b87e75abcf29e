/// The coerced variable values of one operation: only variables that were given or have a
/// default are present, so "absent" and "null" stay distinct (GraphQL spec (Oct 2021) §6.1.2).
package struct VariableValues: Sendable {
    /// The values by variable name (without `$`).
    package var values: [String: InputValue]

    /// Makes variable values.
    package init(_ values: [String: InputValue] = [:]) { self.values = values }

    /// The value of `$name`, if present.
    package subscript(name: String) -> InputValue? { values[name] }
}

// CoerceVariableValues: GraphQL spec (Oct 2021) §6.1.2, with graphql-js 16's messages.
extension VariableValues {
    /// The most errors reported before giving up, as graphql-js does.
    static let maxErrors = 50

    /// Coerces the raw `inputs` (a JSON object, or nil) for `operation`'s variable definitions.
    ///
    /// - Returns: the values, and every error found (code `BAD_USER_INPUT`, located at the
    ///   variable's definition).
    static func coerce(
        _ inputs: InputValue?, for operation: OperationDefinitionNode, in document: Document, table: TypeTable
    ) -> (values: VariableValues, errors: [GraphQLError]) {
        var coerced = VariableValues()
        var errors: [GraphQLError] = []
        for definition in document.nodes(operation.variableDefinitions) {
            if errors.count >= maxErrors {
                errors.append(
                    GraphQLError(
                        message: "Too many errors processing variables, error limit reached. Execution aborted.",
                        extensions: ExecutionErrorCode.badUserInput))
                break
            }
            let name = document.string(definition.name)
            let type = document.typeReference(definition.type)
            func fail(_ message: String) {
                // Locating is a scan of the source: only done for an error.
                let location = [document.location(of: definition)]
                errors.append(
                    GraphQLError(message: message, locations: location, extensions: ExecutionErrorCode.badUserInput))
            }
            guard let named = table.info(named: type.namedType), named.kind != .object, named.kind != .interface,
                named.kind != .union
            else {
                fail("Variable \"$\(name)\" expected value of type \"\(type)\" which cannot be used as an input type.")
                continue
            }
            guard let value = inputs?[name] else {
                if let defaultValue = definition.defaultValue {
                    if let value = LiteralCoercion(table: table, variables: nil).coerce(
                        defaultValue, in: document, to: type)
                    {
                        coerced.values[name] = value
                    }
                } else if type.isNonNull {
                    fail("Variable \"$\(name)\" of required type \"\(type)\" was not provided.")
                }
                continue
            }
            if value.isNull && type.isNonNull {
                fail("Variable \"$\(name)\" of non-null type \"\(type)\" must not be null.")
                continue
            }
            var coercion = InputCoercion(table: table)
            var path: [GraphQLError.PathComponent] = []
            let result = coercion.coerce(value, to: type, path: &path)
            for problem in coercion.problems {
                var prefix = "Variable \"$\(name)\" got invalid value \(Inspect.show(problem.value))"
                if !problem.path.isEmpty { prefix += " at \"\(name)\(Self.printPath(problem.path))\"" }
                fail(prefix + "; " + problem.message)
            }
            if let result, coercion.problems.isEmpty { coerced.values[name] = result }
        }
        return (coerced, errors)
    }

    /// graphql-js `printPathArray`: `.field[0].other`.
    static func printPath(_ path: [GraphQLError.PathComponent]) -> String {
        path.map { component in
            switch component {
            case .key(let key): "." + key
            case .index(let index): "[\(index)]"
            }
        }.joined()
    }
}

extension Document {
    /// The schema type reference a type node spells.
    package func typeReference(_ ref: NodeRef<TypeNode>) -> TypeReference {
        switch self[ref].shape {
        case .named(let name): .named(string(name))
        case .list(let inner): .list(typeReference(inner))
        case .nonNull(let inner): .nonNull(typeReference(inner))
        }
    }
}
