// Printing type-system definitions and extensions, in graphql-js 16's layout.

extension Printer {
    private func description(_ literal: StringLiteral?) -> String { wrap("", literal.map(string) ?? "", "\n") }

    private func keyword(_ keyword: String, extension isExtension: Bool) -> String {
        isExtension ? "extend " + keyword : keyword
    }

    func schema(_ node: SchemaDefinitionNode) -> String {
        description(node.description)
            + Self.join(
                [
                    keyword("schema", extension: node.isExtension), directives(node.directives),
                    block(document.nodes(node.operationTypes).map { $0.operation.keyword + ": " + name($0.type) }),
                ], " ")
    }

    func typeDefinition(_ node: TypeDefinitionNode) -> String {
        var parts = [keyword(node.kind.keyword, extension: node.isExtension), name(node.name)]
        switch node.kind {
        case .scalar:
            parts.append(directives(node.directives))
        case .object, .interface:
            parts.append(wrap("implements ", Self.join(document.nodes(node.interfaces).map(name), " & "), ""))
            parts.append(directives(node.directives))
            parts.append(block(document.nodes(node.fields).map(fieldDefinition)))
        case .union:
            parts.append(directives(node.directives))
            parts.append(wrap("= ", Self.join(document.nodes(node.unionMembers).map(name), " | "), ""))
        case .enumeration:
            parts.append(directives(node.directives))
            parts.append(
                block(
                    document.nodes(node.enumValues).map { value in
                        description(value.description)
                            + Self.join([name(value.name), directives(value.directives)], " ")
                    }))
        case .inputObject:
            parts.append(directives(node.directives))
            parts.append(block(document.nodes(node.inputFields).map(inputValueDefinition)))
        }
        return description(node.description) + Self.join(parts, " ")
    }

    private func fieldDefinition(_ node: FieldDefinitionNode) -> String {
        description(node.description) + name(node.name) + argumentDefinitions(node.arguments) + ": " + type(node.type)
            + wrap(" ", directives(node.directives), "")
    }

    /// Arguments on one line, or one per line when any of them spans several (a description).
    private func argumentDefinitions(_ list: NodeList<InputValueDefinitionNode>) -> String {
        let arguments = document.nodes(list).map(inputValueDefinition)
        if arguments.contains(where: { $0.contains("\n") }) {
            return wrap("(\n", indent(Self.join(arguments, "\n")), "\n)")
        }
        return wrap("(", Self.join(arguments, ", "), ")")
    }

    private func inputValueDefinition(_ node: InputValueDefinitionNode) -> String {
        description(node.description)
            + Self.join(
                [
                    name(node.name) + ": " + type(node.type), wrap("= ", node.defaultValue.map(value) ?? "", ""),
                    directives(node.directives),
                ], " ")
    }

    func directiveDefinition(_ node: DirectiveDefinitionNode) -> String {
        description(node.description) + "directive @" + name(node.name) + argumentDefinitions(node.arguments)
            + (node.isRepeatable ? " repeatable" : "") + " on "
            + Self.join(document.nodes(node.locations).map(name), " | ")
    }
}
