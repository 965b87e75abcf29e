/// Where a directive may be used. GraphQL spec (Oct 2021) §3.13 DirectiveLocations.
package enum DirectiveLocation: String, Hashable, Sendable, CaseIterable {
    case query = "QUERY"
    case mutation = "MUTATION"
    case subscription = "SUBSCRIPTION"
    case field = "FIELD"
    case fragmentDefinition = "FRAGMENT_DEFINITION"
    case fragmentSpread = "FRAGMENT_SPREAD"
    case inlineFragment = "INLINE_FRAGMENT"
    case variableDefinition = "VARIABLE_DEFINITION"
    case schema = "SCHEMA"
    case scalar = "SCALAR"
    case object = "OBJECT"
    case fieldDefinition = "FIELD_DEFINITION"
    case argumentDefinition = "ARGUMENT_DEFINITION"
    case interface = "INTERFACE"
    case union = "UNION"
    case enumeration = "ENUM"
    case enumValue = "ENUM_VALUE"
    case inputObject = "INPUT_OBJECT"
    case inputFieldDefinition = "INPUT_FIELD_DEFINITION"

    /// Whether the location is in an executable document (QUERY ... VARIABLE_DEFINITION).
    package var isExecutable: Bool {
        switch self {
        case .query, .mutation, .subscription, .field, .fragmentDefinition, .fragmentSpread, .inlineFragment,
            .variableDefinition:
            true
        default: false
        }
    }
}

/// A directive a schema defines (or a built-in one: @skip, @include, @deprecated, @specifiedBy, @oneOf).
package struct DirectiveDefinition: Hashable, Sendable {
    /// The name, without `@`.
    package var name: String
    /// The description, if any.
    package var description: String?
    /// The arguments, in definition order.
    package var arguments: [InputValueDefinition]
    /// Where it may be used, in definition order.
    package var locations: [DirectiveLocation]
    /// Whether it may appear more than once at one location.
    package var isRepeatable: Bool

    /// Makes a directive definition.
    package init(
        name: String, description: String? = nil, arguments: [InputValueDefinition] = [],
        locations: [DirectiveLocation], isRepeatable: Bool = false
    ) {
        self.name = name
        self.description = description
        self.arguments = arguments
        self.locations = locations
        self.isRepeatable = isRepeatable
    }

    /// The argument called `name`.
    package func argument(named name: String) -> InputValueDefinition? { arguments.first { $0.name == name } }
}
