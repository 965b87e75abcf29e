/// GraphQL spec (Oct 2021) §5.8.2 Variables Are Input Types.
enum VariablesAreInputTypesRule {
    /// Reports a variable whose (existing) type is not an input type.
    static func report(_ definition: VariableDefinitionNode, in context: ValidationContext) {
        context.report(
            "Variable \"$\(context.document.string(definition.name))\" cannot be non-input type \"\(context.document.printed(definition.type))\".",
            at: context.document[definition.type].offset)
    }
}
