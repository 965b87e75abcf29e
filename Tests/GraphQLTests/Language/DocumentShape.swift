import GraphQL

/// A document's structure without source offsets: every node's kind, names and decoded values,
/// as nested text. Two documents are structurally equal when their shapes are equal.
struct DocumentShape {
    let document: Document

    static func of(_ document: Document) -> String {
        let shape = DocumentShape(document: document)
        return document.definitions.map(shape.definition).joined(separator: "\n")
    }

    private func name(_ name: NameNode?) -> String { name.map { document.string($0) } ?? "-" }
    private func text(_ literal: StringLiteral?) -> String {
        literal.map { (document.string($0) + ($0.isBlock ? "/block" : "")).debugDescription } ?? "-"
    }

    private func definition(_ definition: DefinitionNode) -> String {
        switch definition {
        case .operation(let ref):
            let node = document[ref]
            let variables = document.nodes(node.variableDefinitions).map {
                "$\(name($0.name)):\(type($0.type))=\($0.defaultValue.map(value) ?? "-")\(directives($0.directives))"
            }
            return "op(\(node.kind) \(name(node.name)) \(node.isShorthand) [\(variables.joined(separator: ","))]"
                + "\(directives(node.directives)) \(selectionSet(node.selectionSet)))"
        case .fragment(let ref):
            let node = document[ref]
            return "fragment(\(name(node.name)) on \(name(node.typeCondition))\(directives(node.directives)) "
                + "\(selectionSet(node.selectionSet)))"
        case .schema(let ref):
            let node = document[ref]
            let roots = document.nodes(node.operationTypes).map { "\($0.operation):\(name($0.type))" }
            return "schema(\(node.isExtension) \(text(node.description))\(directives(node.directives)) \(roots))"
        case .type(let ref): return typeDefinition(document[ref])
        case .directive(let ref):
            let node = document[ref]
            return "directive(\(text(node.description)) \(name(node.name)) \(inputValues(node.arguments)) "
                + "\(node.isRepeatable) \(document.nodes(node.locations).map { name($0) }))"
        }
    }

    private func typeDefinition(_ node: TypeDefinitionNode) -> String {
        let fields = document.nodes(node.fields).map {
            "\(text($0.description)) \(name($0.name))\(inputValues($0.arguments)):\(type($0.type))\(directives($0.directives))"
        }
        let values = document.nodes(node.enumValues).map {
            "\(text($0.description)) \(name($0.name))\(directives($0.directives))"
        }
        return "type(\(node.kind) \(node.isExtension) \(text(node.description)) \(name(node.name)) "
            + "\(document.nodes(node.interfaces).map { name($0) })\(directives(node.directives)) \(fields) "
            + "\(document.nodes(node.unionMembers).map { name($0) }) \(values) \(inputValues(node.inputFields)))"
    }

    private func inputValues(_ list: NodeList<InputValueDefinitionNode>) -> String {
        "("
            + document.nodes(list).map {
                "\(text($0.description)) \(name($0.name)):\(type($0.type))=\($0.defaultValue.map(value) ?? "-")"
                    + directives($0.directives)
            }.joined(separator: ",") + ")"
    }

    private func selectionSet(_ ref: NodeRef<SelectionSetNode>?) -> String {
        guard let ref else { return "-" }
        return "{" + document.selections(of: ref).map(selection).joined(separator: " ") + "}"
    }

    private func selection(_ selection: SelectionNode) -> String {
        switch selection {
        case .field(let ref):
            let field = document[ref]
            return
                "\(name(field.alias)):\(name(field.name))\(arguments(field.arguments))\(directives(field.directives))"
                + selectionSet(field.selectionSet)
        case .fragmentSpread(let ref):
            return "...\(name(document[ref].name))\(directives(document[ref].directives))"
        case .inlineFragment(let ref):
            let inline = document[ref]
            return
                "...on \(name(inline.typeCondition))\(directives(inline.directives))\(selectionSet(inline.selectionSet))"
        }
    }

    private func arguments(_ list: NodeList<ArgumentNode>) -> String {
        "(" + document.nodes(list).map { "\(name($0.name)):\(value($0.value))" }.joined(separator: ",") + ")"
    }

    private func directives(_ list: NodeList<DirectiveNode>) -> String {
        document.nodes(list).map { "@\(name($0.name))\(arguments($0.arguments))" }.joined()
    }

    private func type(_ ref: NodeRef<TypeNode>) -> String {
        switch document[ref].shape {
        case .named(let named): name(named)
        case .list(let inner): "[\(type(inner))]"
        case .nonNull(let inner): "\(type(inner))!"
        }
    }

    private func value(_ ref: NodeRef<ValueNode>) -> String { value(document[ref]) }

    private func value(_ node: ValueNode) -> String {
        switch node.kind {
        case .variable(let variable): "$" + name(variable)
        case .int(let range): "int(\(document.text(range)))"
        case .float(let range): "float(\(document.text(range)))"
        // The block flag is part of a value's shape, as in graphql-js's StringValueNode.
        case .string(let literal): text(literal)
        case .boolean(let flag): "\(flag)"
        case .null: "null"
        case .enumValue(let enumValue): "enum(\(name(enumValue)))"
        case .list(let items): "[" + document.nodes(items).map(value).joined(separator: ",") + "]"
        case .object(let fields):
            "{" + document.nodes(fields).map { "\(name($0.name)):\(value($0.value))" }.joined(separator: ",") + "}"
        }
    }
}
