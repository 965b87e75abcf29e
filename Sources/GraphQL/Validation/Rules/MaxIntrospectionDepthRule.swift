/// graphql-js 16.9 / graphql-core 3.2.8 MaxIntrospectionDepthRule: under `__schema` or `__type`,
/// the list fields `fields`, `interfaces`, `possibleTypes` and `inputFields` may nest at most
/// twice, so an introspection query cannot grow exponentially.
enum MaxIntrospectionDepthRule {
    private static let maxListDepth = 3

    static func check(_ field: FieldNode, in context: ValidationContext) {
        var visited = Set<String>()
        guard let set = field.selectionSet, exceeds(set, depth: 0, &visited, context) else { return }
        context.report("Maximum introspection depth exceeded", at: field.offset)
    }

    private static func exceeds(
        _ set: NodeRef<SelectionSetNode>, depth: Int, _ visited: inout Set<String>, _ context: ValidationContext
    ) -> Bool {
        guard context.enterRecursion() else { return false }
        defer { context.leaveRecursion() }
        let document = context.document
        for selection in document.selections(of: set) {
            switch selection {
            case .field(let ref):
                let field = document[ref]
                var fieldDepth = depth
                if isListField(field.name, document) {
                    fieldDepth += 1
                    if fieldDepth >= maxListDepth { return true }
                }
                if let nested = field.selectionSet, exceeds(nested, depth: fieldDepth, &visited, context) {
                    return true
                }
            case .inlineFragment(let ref):
                if exceeds(document[ref].selectionSet, depth: depth, &visited, context) { return true }
            case .fragmentSpread(let ref):
                let name = document.string(document[ref].name)
                guard !visited.contains(name), let fragment = context.fragment(named: document[ref].name) else {
                    continue
                }
                visited.insert(name)
                defer { visited.remove(name) }
                if exceeds(fragment.node.selectionSet, depth: depth, &visited, context) { return true }
            }
        }
        return false
    }

    private static func isListField(_ name: NameNode, _ document: Document) -> Bool {
        document.name(name, equals: "fields") || document.name(name, equals: "interfaces")
            || document.name(name, equals: "possibleTypes") || document.name(name, equals: "inputFields")
    }
}
