/// Turns a `Document` (executable or SDL) or a single value back into GraphQL text.
///
/// The layout is graphql-js 16's `print`: two-space indentation, one selection per line,
/// arguments wrapped when a field's line would pass 80 characters. Parsing the output gives a
/// document structurally equal to the input (same nodes, names and values; offsets differ).
///
/// ```swift
/// let text = Printer.print(try Parser.parse("query{a(x:1){b}}"))  // "{\n  a(x: 1) {\n    b\n  }\n}"
/// ```
package struct Printer {
    let document: Document

    /// The whole document, definitions separated by a blank line.
    package static func print(_ document: Document) -> String {
        let printer = Printer(document: document)
        return join(document.definitions.map(printer.definition), "\n\n")
    }

    /// One value of `document`, e.g. an argument's default for introspection's `defaultValue`.
    package static func print(_ value: NodeRef<ValueNode>, in document: Document) -> String {
        Printer(document: document).value(value)
    }

    func definition(_ definition: DefinitionNode) -> String {
        switch definition {
        case .operation(let ref): operation(document[ref])
        case .fragment(let ref): fragment(document[ref])
        case .schema(let ref): schema(document[ref])
        case .type(let ref): typeDefinition(document[ref])
        case .directive(let ref): directiveDefinition(document[ref])
        }
    }

    func name(_ name: NameNode) -> String { document.string(name) }

    // MARK: - Executable definitions

    private func operation(_ node: OperationDefinitionNode) -> String {
        let variables = wrap(
            "(", Self.join(document.nodes(node.variableDefinitions).map(variableDefinition), ", "), ")")
        let prefix = Self.join(
            [node.kind.keyword, Self.join([node.name.map(name) ?? "", variables], ""), directives(node.directives)], " "
        )
        // The anonymous query prints as the shorthand.
        return (prefix == "query" ? "" : prefix + " ") + selectionSet(node.selectionSet)
    }

    private func variableDefinition(_ node: VariableDefinitionNode) -> String {
        "$" + name(node.name) + ": " + type(node.type) + wrap(" = ", node.defaultValue.map(value) ?? "", "")
            + wrap(" ", directives(node.directives), "")
    }

    func selectionSet(_ ref: NodeRef<SelectionSetNode>) -> String {
        block(document.selections(of: ref).map(selection))
    }

    private func selection(_ selection: SelectionNode) -> String {
        switch selection {
        case .field(let ref): return field(document[ref])
        case .fragmentSpread(let ref):
            let spread = document[ref]
            return "..." + name(spread.name) + wrap(" ", directives(spread.directives), "")
        case .inlineFragment(let ref):
            let inline = document[ref]
            return Self.join(
                [
                    "...", wrap("on ", inline.typeCondition.map(name) ?? "", ""), directives(inline.directives),
                    selectionSet(inline.selectionSet),
                ], " ")
        }
    }

    private func field(_ node: FieldNode) -> String {
        let prefix = wrap("", node.alias.map(name) ?? "", ": ") + name(node.name)
        let arguments = document.nodes(node.arguments).map(argument)
        var line = prefix + wrap("(", Self.join(arguments, ", "), ")")
        if line.count > 80 { line = prefix + wrap("(\n", indent(Self.join(arguments, "\n")), "\n)") }
        return Self.join([line, directives(node.directives), node.selectionSet.map(selectionSet) ?? ""], " ")
    }

    private func argument(_ node: ArgumentNode) -> String { name(node.name) + ": " + value(node.value) }

    private func fragment(_ node: FragmentDefinitionNode) -> String {
        "fragment \(name(node.name)) on \(name(node.typeCondition)) " + wrap("", directives(node.directives), " ")
            + selectionSet(node.selectionSet)
    }

    func directives(_ list: NodeList<DirectiveNode>) -> String {
        Self.join(
            document.nodes(list).map { directive in
                "@" + name(directive.name)
                    + wrap("(", Self.join(document.arguments(of: directive).map(argument), ", "), ")")
            }, " ")
    }

    func type(_ ref: NodeRef<TypeNode>) -> String {
        switch document[ref].shape {
        case .named(let named): name(named)
        case .list(let inner): "[" + type(inner) + "]"
        case .nonNull(let inner): type(inner) + "!"
        }
    }

    func value(_ ref: NodeRef<ValueNode>) -> String { value(document[ref]) }

    private func value(_ node: ValueNode) -> String {
        switch node.kind {
        case .variable(let variable): "$" + name(variable)
        case .int(let range), .float(let range): document.text(range)
        case .string(let literal): string(literal)
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .enumValue(let enumValue): name(enumValue)
        case .list(let items): "[" + Self.join(document.nodes(items).map(value), ", ") + "]"
        case .object(let fields):
            "{" + Self.join(document.nodes(fields).map { name($0.name) + ": " + value($0.value) }, ", ") + "}"
        }
    }

    /// A string literal in its written form (block or quoted), from its decoded value.
    func string(_ literal: StringLiteral) -> String {
        let value = document.string(literal)
        return literal.isBlock ? StringPrinting.blockString(value) : StringPrinting.quoted(value)
    }

    // MARK: - graphql-js print helpers

    /// The non-empty parts joined by `separator`.
    static func join(_ parts: [String], _ separator: String) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: separator)
    }

    /// `start + text + end`, or nothing when `text` is empty.
    func wrap(_ start: String, _ text: String, _ end: String) -> String { text.isEmpty ? "" : start + text + end }

    /// `{`, the items one per line indented, `}`; nothing when there are no items.
    func block(_ items: [String]) -> String { wrap("{\n", indent(Self.join(items, "\n")), "\n}") }

    /// Every line indented by two spaces.
    func indent(_ text: String) -> String {
        wrap("  ", text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  "), "")
    }
}
