/// GraphQL spec (Oct 2021) §5.5.1.2 Fragment Spread Type Existence (and, per graphql-js,
/// every named type in variable definitions): the type must exist in the schema.
enum KnownTypeNamesRule {
    /// Reports `name`, which the schema does not define.
    static func report(_ name: NameNode, in context: ValidationContext) {
        guard !context.isAborted else { return }
        let string = context.document.string(name)
        let suggestions = Suggestions.list(string, context.schema.types.lazy.map(\.name))
        context.report("Unknown type \"\(string)\"." + Suggestions.didYouMean(suggestions), at: name.offset)
    }
}
