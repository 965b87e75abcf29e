/// GraphQL spec (Oct 2021) §5.2.1.1 Operation Name Uniqueness: each repeat is reported with the
/// first operation of that name.
enum UniqueOperationNamesRule {
    static func check(_ operation: OperationDefinitionNode, in context: ValidationContext) {
        guard let name = operation.name, context.document.operations.count > 1 else { return }
        let string = context.document.string(name)
        if let first = context.seenOperationNames[string] {
            context.report("There can be only one operation named \"\(string)\".", at: first.offset, name.offset)
        } else {
            context.seenOperationNames[string] = name
        }
    }
}
