/// GraphQL spec (Oct 2021) §5.2.2.1 Lone Anonymous Operation: an anonymous operation must be the
/// document's only operation.
enum LoneAnonymousOperationRule {
    static func check(in context: ValidationContext) {
        let operations = context.document.operations
        guard operations.count > 1 else { return }
        for operation in operations where operation.name == nil {
            context.report("This anonymous operation must be the only defined operation.", at: operation.offset)
        }
    }
}
