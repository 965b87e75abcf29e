/// A GraphQL schema: its named types in definition order, its directives and its root types.
///
/// Built once at start-up by `SchemaBuilder.build(files:)` from the SDL files, validated, then
/// only read (by validation, execution and introspection, from many tasks): an immutable value.
///
/// `types` includes the built-in scalars (`Int`, `Float`, `String`, `Boolean`, `ID`) and the
/// introspection types (`__Schema`, `__Type`, `__Field`, `__InputValue`, `__EnumValue`,
/// `__Directive`, `__TypeKind`, `__DirectiveLocation`), so queries over introspection validate like
/// any other; `directives` includes `@skip`, `@include`, `@deprecated`, `@specifiedBy` and `@oneOf`.
package struct Schema: Sendable {
    /// The schema's description (from `"..." schema { ... }`), if any.
    package let description: String?
    /// The query root type's name; nil only in a schema that has no query type.
    package let queryTypeName: String?
    /// The mutation root type's name, if the schema has mutations.
    package let mutationTypeName: String?
    /// The subscription root type's name, if the schema has subscriptions.
    package let subscriptionTypeName: String?
    /// Every named type, in definition order (built-ins first).
    package let types: [SchemaType]
    /// Every directive, built-ins first.
    package let directives: [DirectiveDefinition]

    private let typeIndex: [String: Int]
    /// For each interface and union: the object types that can be it, in definition order.
    private let possibleTypesIndex: [String: [String]]

    /// Makes a schema from already validated parts (the builder validates; this does not).
    package init(
        description: String? = nil, queryTypeName: String?, mutationTypeName: String? = nil,
        subscriptionTypeName: String? = nil, types: [SchemaType], directives: [DirectiveDefinition]
    ) {
        self.description = description
        self.queryTypeName = queryTypeName
        self.mutationTypeName = mutationTypeName
        self.subscriptionTypeName = subscriptionTypeName
        self.types = types
        self.directives = directives
        typeIndex = Dictionary(types.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        possibleTypesIndex = Self.possibleTypes(of: types)
    }

    private static func possibleTypes(of types: [SchemaType]) -> [String: [String]] {
        var index: [String: [String]] = [:]
        for type in types {
            switch type.kind {
            case .union: index[type.name, default: []].append(contentsOf: type.unionMembers)
            case .object: for interface in type.interfaces { index[interface, default: []].append(type.name) }
            default: break
            }
        }
        return index
    }

    /// The type called `name`.
    package func type(named name: String) -> SchemaType? { typeIndex[name].map { types[$0] } }

    /// The directive called `name` (without `@`).
    package func directive(named name: String) -> DirectiveDefinition? { directives.first { $0.name == name } }

    /// The root type's name for an operation kind.
    package func rootTypeName(for kind: OperationKind) -> String? {
        switch kind {
        case .query: queryTypeName
        case .mutation: mutationTypeName
        case .subscription: subscriptionTypeName
        }
    }

    /// The object types that can be `name`: the implementations of an interface, the members
    /// of a union, the type itself for an object, nothing for other kinds.
    package func possibleTypes(of name: String) -> [String] {
        guard let type = type(named: name) else { return [] }
        switch type.kind {
        case .object: return [name]
        case .interface, .union: return possibleTypesIndex[name] ?? []
        default: return []
        }
    }
}
