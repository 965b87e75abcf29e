/// GraphQL spec (Oct 2021) §5.5.1.2 Fragment Spread Type Existence (and, per graphql-js,
/// every named type in variable definitions): the type must exist in the schema.
enum KnownTypeNamesRule {
    /// The built-in scalars and introspection types (graphql-js `standardTypeNames`).
    static let standardTypeNames: Set<String> = [
        "String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type",
        "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ]

    /// Reports `name`, which neither the schema nor the document defines. Suggestions come from
    /// both, and in a type-system definition from the standard types too.
    static func report(_ name: NameNode, inTypeSystem: Bool = false, in context: ValidationContext) {
        guard !context.isAborted else { return }
        let string = context.document.string(name)
        var candidates = Set(context.schema.types.map(\.name))
        candidates.formUnion(context.documentDefinitions?.types ?? [])
        if inTypeSystem { candidates.formUnion(standardTypeNames) }
        let suggestions = Suggestions.list(string, candidates)
        context.report("Unknown type \"\(string)\"." + Suggestions.didYouMean(suggestions), at: name.offset)
    }
}
