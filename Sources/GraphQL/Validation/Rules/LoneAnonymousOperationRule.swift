/// GraphQL spec (Oct 2021) §5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the
/// document's only operation.
enum LoneAnonymousOperationRule {
    static func check(_ operation: OperationDefinitionNode, in context: ValidationContext) {
        guard operation.name == nil, context.document.operations.count > 1 else { return }
        context.report("This anonymous operation must be the only defined operation.", at: operation.offset)
    }
}
