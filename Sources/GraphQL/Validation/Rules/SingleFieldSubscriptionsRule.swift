/// GraphQL spec (Oct 2021) §5.2.3.1 Single Root Field: a subscription selects exactly one root
/// field (after CollectFields, with no variables), and not an introspection field.
enum SingleFieldSubscriptionsRule {
    static func check(_ operation: OperationDefinitionNode, in context: ValidationContext) {
        guard let rootName = context.schema.subscriptionTypeName,
            let root = context.schema.type(named: rootName)
        else { return }
        var collector = FieldCollector(context: context, root: root)
        collector.collect(operation.selectionSet)
        let subject =
            operation.name.map { "Subscription \"\(context.document.string($0))\"" } ?? "Anonymous Subscription"
        if collector.groups.count > 1 {
            let extra = collector.groups.dropFirst().flatMap { $0.map { context.document[$0].offset } }
            context.report(subject + " must select only one top level field.", atOffsets: extra)
        }
        for group in collector.groups where context.document.string(context.document[group[0]].name).hasPrefix("__") {
            context.report(
                subject + " must not select an introspection top level field.",
                atOffsets: group.map { context.document[$0].offset })
        }
    }

    /// graphql-js `collectFields` on the subscription root, without variable values.
    private struct FieldCollector {
        let context: ValidationContext
        let root: SchemaType
        var groups: [[NodeRef<FieldNode>]] = []
        var keys: [String] = []
        var visited = Set<String>()

        mutating func collect(_ set: NodeRef<SelectionSetNode>) {
            guard context.enterRecursion() else { return }
            defer { context.leaveRecursion() }
            for selection in context.document.selections(of: set) {
                switch selection {
                case .field(let ref):
                    guard isIncluded(context.document[ref].directives) else { continue }
                    let key = context.document.string(context.document[ref].responseKey)
                    if let index = keys.firstIndex(of: key) {
                        groups[index].append(ref)
                    } else {
                        keys.append(key)
                        groups.append([ref])
                    }
                case .inlineFragment(let ref):
                    let fragment = context.document[ref]
                    guard isIncluded(fragment.directives), matches(fragment.typeCondition) else { continue }
                    collect(fragment.selectionSet)
                case .fragmentSpread(let ref):
                    let spread = context.document[ref]
                    let name = context.document.string(spread.name)
                    guard !visited.contains(name), isIncluded(spread.directives) else { continue }
                    visited.insert(name)
                    guard let fragment = context.fragment(named: spread.name), matches(fragment.node.typeCondition)
                    else { continue }
                    collect(fragment.node.selectionSet)
                }
            }
        }

        private func matches(_ condition: NameNode?) -> Bool {
            guard let condition else { return true }
            let name = context.document.string(condition)
            if name == root.name { return true }
            guard let type = context.schema.type(named: name), type.isAbstract else { return false }
            return context.schema.possibleTypes(of: name).contains(root.name)
        }

        /// `@skip(if: true)` and `@include(if: false)` exclude; variables count as included.
        private func isIncluded(_ directives: NodeList<DirectiveNode>) -> Bool {
            for directive in context.document.nodes(directives) {
                let skips = context.document.name(directive.name, equals: "skip")
                guard skips || context.document.name(directive.name, equals: "include"),
                    let argument = context.document.argument(named: "if", in: directive.arguments),
                    case .boolean(let value) = context.document[argument.value].kind
                else { continue }
                if value == skips { return false }
            }
            return true
        }
    }
}
