/// GraphQL spec (Oct 2021) §5.2.1.1 Operation Name Uniqueness.
enum UniqueOperationNamesRule {
    static func check(in context: ValidationContext) {
        let document = context.document
        guard document.operations.count > 1 else { return }
        var seen: [String: NameNode] = [:]
        for operation in document.operations {
            guard let name = operation.name else { continue }
            let string = document.string(name)
            if let first = seen[string] {
                context.report("There can be only one operation named \"\(string)\".", at: first.offset, name.offset)
            } else {
                seen[string] = name
            }
        }
    }
}
