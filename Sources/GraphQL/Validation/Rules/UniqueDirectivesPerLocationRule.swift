/// GraphQL spec (Oct 2021) §5.7.3 Directives Are Unique Per Location: a non-repeatable directive
/// appears at most once on a node. Unknown directives are left to KnownDirectives.
enum UniqueDirectivesPerLocationRule {
    static func check(_ directives: NodeList<DirectiveNode>, in context: ValidationContext) {
        guard directives.count > 1 else { return }
        for ref in directives {
            let directive = context.document[ref]
            for earlier in directives.startIndex..<ref.intIndex
            where context.document.name(context.document.directives[earlier].name, equals: directive.name) {
                let name = context.document.string(directive.name)
                guard let definition = context.schema.directive(named: name), !definition.isRepeatable else { break }
                context.report(
                    "The directive \"@\(name)\" can only be used once at this location.",
                    at: context.document.directives[earlier].offset, directive.offset)
                break
            }
        }
    }
}
