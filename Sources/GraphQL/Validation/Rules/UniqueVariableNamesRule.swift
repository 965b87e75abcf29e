/// GraphQL spec (Oct 2021) §5.8.1 Variable Uniqueness: one error per repeated name, pointing at
/// every definition of it.
enum UniqueVariableNamesRule {
    static func check(_ definitions: NodeList<VariableDefinitionNode>, in context: ValidationContext) {
        DuplicateNames.report(
            definitions.map { context.document[$0].name }, in: context
        ) { "There can be only one variable named \"$\($0)\"." }
    }
}
