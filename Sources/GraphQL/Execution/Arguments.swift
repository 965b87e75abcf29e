/// A field's coerced argument values, in definition order: only arguments that were given or
/// have a default are present, so a resolver can tell an absent argument from an explicit null.
package struct Arguments: Sendable {
    /// The values, in the field's argument definition order.
    package var values: [InputValue.Field]

    /// Makes arguments.
    package init(_ values: [InputValue.Field] = []) { self.values = values }

    /// No arguments.
    package static let none = Arguments()

    /// The value of argument `name`, if present.
    package subscript(name: String) -> InputValue? { values.first { $0.name == name }?.value }

    /// The value of `name` as a string (an ID or String argument), if present and a string.
    package func string(_ name: String) -> String? {
        if case .string(let value)? = self[name] { value } else { nil }
    }

    /// The value of `name` as an integer, if present and an Int.
    package func int(_ name: String) -> Int? {
        if case .int(let value)? = self[name] { value } else { nil }
    }
}

// CoerceArgumentValues: GraphQL spec (Oct 2021) §6.4.1, with graphql-js 16's messages.
extension Arguments {
    /// Coerces the arguments written in `given` for the argument definitions `definitions`.
    ///
    /// - Parameter node: the field or directive, where a missing argument's error points.
    /// - Throws: the first problem, code `BAD_USER_INPUT`.
    static func coerce(
        _ definitions: [InputValueDefinition], given: NodeList<ArgumentNode>, node: some SourceLocated,
        document: Document, variables: VariableValues, table: TypeTable
    ) throws(GraphQLError) -> Arguments {
        var coerced: [InputValue.Field] = []
        coerced.reserveCapacity(definitions.count)
        let literals = LiteralCoercion(table: table, variables: variables)
        for definition in definitions {
            let name = definition.name
            let type = definition.type
            guard let argument = document.nodes(given).first(where: { document.name($0.name, equals: name) }) else {
                if let value = defaultValue(of: definition, table: table) {
                    coerced.append(InputValue.Field(name, value))
                } else if type.isNonNull {
                    throw error("Argument \"\(name)\" of required type \"\(type)\" was not provided.", node, document)
                }
                continue
            }
            let valueNode = document[argument.value]
            var isNull = if case .null = valueNode.kind { true } else { false }
            if case .variable(let variable) = valueNode.kind {
                let variableName = document.string(variable)
                guard let value = variables[variableName] else {
                    if let value = defaultValue(of: definition, table: table) {
                        coerced.append(InputValue.Field(name, value))
                    } else if type.isNonNull {
                        throw error(
                            "Argument \"\(name)\" of required type \"\(type)\" was provided the variable "
                                + "\"$\(variableName)\" which was not provided a runtime value.", valueNode, document)
                    }
                    continue
                }
                isNull = value.isNull
            }
            if isNull && type.isNonNull {
                throw error("Argument \"\(name)\" of non-null type \"\(type)\" must not be null.", valueNode, document)
            }
            guard let value = literals.coerce(argument.value, in: document, to: type) else {
                let printed = Printer.print(argument.value, in: document)
                throw error("Argument \"\(name)\" has invalid value \(printed).", valueNode, document)
            }
            coerced.append(InputValue.Field(name, value))
        }
        return Arguments(coerced)
    }

    private static func defaultValue(of definition: InputValueDefinition, table: TypeTable) -> InputValue? {
        guard let constant = definition.defaultValue else { return nil }
        return LiteralCoercion(table: table, variables: nil).coerceConstant(constant, definition.type)
    }

    private static func error(_ message: String, _ node: some SourceLocated, _ document: Document) -> GraphQLError {
        GraphQLError(
            message: message, locations: [document.location(of: node)], extensions: ExecutionErrorCode.badUserInput)
    }
}
