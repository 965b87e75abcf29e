/// GraphQL spec (Oct 2021) §5.4.2 Argument Uniqueness, for fields and directives.
enum UniqueArgumentNamesRule {
    static func check(_ arguments: NodeList<ArgumentNode>, in context: ValidationContext) {
        guard arguments.count > 1 else { return }
        DuplicateNames.report(arguments.map { context.document[$0].name }, in: context) {
            "There can be only one argument named \"\($0)\"."
        }
    }
}
