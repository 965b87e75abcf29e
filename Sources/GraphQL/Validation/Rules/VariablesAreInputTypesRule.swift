/// GraphQL spec (Oct 2021) §5.8.2 Variables Are Input Types.
enum VariablesAreInputTypesRule {
    /// Reports a variable whose (existing) type is not an input type.
    static func report(_ definition: VariableDefinitionNode, type: TypeReference, in context: ValidationContext) {
        let document = context.document
        context.report(
            "Variable \"$\(document.string(definition.name))\" cannot be non-input type \"\(document.printed(definition.type))\".",
            at: document[definition.type].offset)
    }
}
