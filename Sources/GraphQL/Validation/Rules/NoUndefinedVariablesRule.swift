/// GraphQL spec (Oct 2021) §5.8.3 All Variable Uses Defined: every variable an operation uses,
/// in its own selections or its fragments', must be defined by it. One error per usage.
enum NoUndefinedVariablesRule {
    static func check(
        _ operation: OperationDefinitionNode, usages: ArraySlice<ValidationContext.VariableUsage>,
        in context: ValidationContext
    ) {
        let definitions = context.document.nodes(operation.variableDefinitions)
        for usage in usages where !definitions.contains(where: { context.document.name($0.name, equals: usage.name) }) {
            let variable = context.document.string(usage.name)
            let message =
                if let name = operation.name {
                    "Variable \"$\(variable)\" is not defined by operation \"\(context.document.string(name))\"."
                } else {
                    "Variable \"$\(variable)\" is not defined."
                }
            context.report(message, at: context.document[usage.node].offset, operation.offset)
        }
    }
}
