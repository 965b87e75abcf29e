/// GraphQL spec (Oct 2021) §5.8.4 All Variables Used: every variable an operation defines must be
/// used by it or by a fragment it spreads.
enum NoUnusedVariablesRule {
    static func check(
        _ operation: OperationDefinitionNode, usages: ArraySlice<ValidationContext.VariableUsage>,
        in context: ValidationContext
    ) {
        for definition in context.document.nodes(operation.variableDefinitions)
        where !usages.contains(where: { context.document.name($0.name, equals: definition.name) }) {
            let variable = context.document.string(definition.name)
            let message =
                if let name = operation.name {
                    "Variable \"$\(variable)\" is never used in operation \"\(context.document.string(name))\"."
                } else {
                    "Variable \"$\(variable)\" is never used."
                }
            context.report(message, at: definition.offset)
        }
    }
}
