/// GraphQL spec (Oct 2021) §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid
/// Locations.
enum KnownDirectivesRule {
    static func check(
        _ directive: DirectiveNode, definition: DirectiveDefinition?, location: DirectiveLocation,
        in context: ValidationContext
    ) {
        guard let definition else {
            context.report("Unknown directive \"@\(context.document.string(directive.name))\".", at: directive.offset)
            return
        }
        guard !definition.locations.contains(location) else { return }
        context.report(
            "Directive \"@\(definition.name)\" may not be used on \(location.rawValue).", at: directive.offset)
    }
}
