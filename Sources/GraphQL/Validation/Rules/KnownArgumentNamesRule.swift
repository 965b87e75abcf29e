/// GraphQL spec (Oct 2021) §5.4.1 Argument Names: every argument must be defined by its field
/// or directive (reported only when the field or directive itself is known).
enum KnownArgumentNamesRule {
    static func report(
        _ argument: ArgumentNode, field: FieldDefinition, parent: SchemaType, in context: ValidationContext
    ) {
        guard !context.isAborted else { return }
        let name = context.document.string(argument.name)
        let suggestions = Suggestions.list(name, field.arguments.lazy.map(\.name))
        context.report(
            "Unknown argument \"\(name)\" on field \"\(parent.name).\(field.name)\"."
                + Suggestions.didYouMean(suggestions),
            at: argument.offset)
    }

    static func report(_ argument: ArgumentNode, directive: DirectiveDefinition, in context: ValidationContext) {
        guard !context.isAborted else { return }
        let name = context.document.string(argument.name)
        let suggestions = Suggestions.list(name, directive.arguments.lazy.map(\.name))
        context.report(
            "Unknown argument \"\(name)\" on directive \"@\(directive.name)\"." + Suggestions.didYouMean(suggestions),
            at: argument.offset)
    }
}
