/// GraphQL spec (Oct 2021) §5.7.3 Directives Are Unique Per Location: a non-repeatable directive
/// appears at most once on a node (and, in type-system definitions, once across a schema's or
/// a type's definition and extensions). Unknown directives are left to KnownDirectives.
enum UniqueDirectivesPerLocationRule {
    /// Checks `directives`; `seen` holds the first use of each non-repeatable directive so far.
    static func check(
        _ directives: NodeList<DirectiveNode>, seen: inout [NodeRef<DirectiveNode>], in context: ValidationContext
    ) {
        for ref in directives {
            let directive = context.document[ref]
            let name = context.document.string(directive.name)
            guard let definition = context.directiveDefinition(named: name), !definition.isRepeatable else { continue }
            if let first = seen.first(where: {
                context.document.name(context.document[$0].name, equals: directive.name)
            }) {
                context.report(
                    "The directive \"@\(name)\" can only be used once at this location.",
                    at: context.document[first].offset, directive.offset)
            } else {
                seen.append(ref)
            }
        }
    }
}
