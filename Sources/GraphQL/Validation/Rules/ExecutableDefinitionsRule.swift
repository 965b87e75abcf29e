/// GraphQL spec (Oct 2021) §5.1.1 Executable Definitions: a request holds only operations and
/// fragments; any type-system definition or extension in it is an error.
enum ExecutableDefinitionsRule {
    static func check(in context: ValidationContext) {
        for definition in context.document.definitions {
            let name: String
            let offset: UInt32
            switch definition {
            case .operation, .fragment: continue
            case .schema(let ref):
                name = "schema"
                offset = context.document[ref].offset
            case .type(let ref):
                name = "\"\(context.document.string(context.document[ref].name))\""
                offset = context.document[ref].offset
            case .directive(let ref):
                name = "\"\(context.document.string(context.document[ref].name))\""
                offset = context.document[ref].offset
            }
            context.report("The \(name) definition is not executable.", at: offset)
        }
    }
}
