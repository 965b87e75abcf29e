/// An argument (of a field or directive) or an input object field.
package struct InputValueDefinition: Hashable, Sendable {
    /// The name.
    package var name: String
    /// The description, if any.
    package var description: String?
    /// The input type.
    package var type: TypeReference
    /// The default value as parsed from the SDL (a constant), for the executor to coerce.
    package var defaultValue: ConstantValue?
    /// The `@deprecated(reason:)` given; nil when not deprecated.
    package var deprecationReason: String?

    /// Makes an input value.
    package init(
        name: String, description: String? = nil, type: TypeReference, defaultValue: ConstantValue? = nil,
        deprecationReason: String? = nil
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
    }

    /// Whether it carries `@deprecated`.
    package var isDeprecated: Bool { deprecationReason != nil }
}

/// A constant value written in an SDL document (a default value), kept as its AST node.
///
/// Coerce it with the same code as query literals: `document[value]` is a `ValueNode` of
/// `document` with no variables in it. Print it with `Printer.print(value, in: document)`.
package struct ConstantValue: Hashable, Sendable {
    /// The SDL document the value was parsed from.
    package var document: Document
    /// The value's node.
    package var value: NodeRef<ValueNode>

    /// Wraps a value node of `document`.
    package init(document: Document, value: NodeRef<ValueNode>) {
        self.document = document
        self.value = value
    }

    /// Equal when they are the same node of documents with the same source.
    package static func == (left: ConstantValue, right: ConstantValue) -> Bool {
        left.value == right.value && left.document.source == right.document.source
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
