/// A value of an enum type.
package struct EnumValueDefinition: Hashable, Sendable {
    /// The value's name, as it appears in queries and responses.
    package var name: String
    /// The description, if any.
    package var description: String?
    /// The `@deprecated(reason:)` given; nil when not deprecated.
    package var deprecationReason: String?

    /// Makes an enum value.
    package init(name: String, description: String? = nil, deprecationReason: String? = nil) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
    }

    /// Whether it carries `@deprecated`.
    package var isDeprecated: Bool { deprecationReason != nil }
}
