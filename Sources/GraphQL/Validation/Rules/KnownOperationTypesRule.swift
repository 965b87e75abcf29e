/// GraphQL spec draft "Operation Type Existence": the schema must have a root type for the
/// operation's kind. Our schema has no subscription type, so every subscription fails here
/// (graphql-js 17 wording; graphql-js 16 has no such rule).
enum KnownOperationTypesRule {
    static func check(_ operation: OperationDefinitionNode, hasRoot: Bool, in context: ValidationContext) {
        guard !hasRoot else { return }
        context.report(
            "The \(operation.kind.keyword) operation is not supported by the schema.", at: operation.offset)
    }
}
