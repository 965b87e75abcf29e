/// A field of an object or interface type.
package struct FieldDefinition: Hashable, Sendable {
    /// The field's name.
    package var name: String
    /// The description, if any.
    package var description: String?
    /// The field's arguments, in definition order.
    package var arguments: [InputValueDefinition]
    /// The output type.
    package var type: TypeReference
    /// The `@deprecated(reason:)` given; nil when the field is not deprecated.
    package var deprecationReason: String?

    /// Makes a field.
    package init(
        name: String, description: String? = nil, arguments: [InputValueDefinition] = [], type: TypeReference,
        deprecationReason: String? = nil
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.type = type
        self.deprecationReason = deprecationReason
    }

    /// Whether the field carries `@deprecated`.
    package var isDeprecated: Bool { deprecationReason != nil }

    /// The argument called `name`.
    package func argument(named name: String) -> InputValueDefinition? { arguments.first { $0.name == name } }
}
