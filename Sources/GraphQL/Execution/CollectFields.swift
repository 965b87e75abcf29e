// CollectFields, GraphQL spec (Oct 2021) §6.3.2: the fields of a selection set for one object
// type, grouped by response key in first-seen order, after @skip/@include, fragment spreads
// (each at most once) and type conditions.

/// The fields sharing one response key: executed once, their sub-selections merged.
struct FieldGroup: Sendable {
    /// The response key (alias or name) of the first field.
    var key: NameNode
    /// The first field with this key.
    var first: NodeRef<FieldNode>
    /// Any further fields with the same key, in order.
    var more: [NodeRef<FieldNode>] = []
}

extension ExecutionRun {
    /// The grouped fields of `sets` (one selection set, or every sub-selection of a group).
    func collectFields(_ type: TypeInfo, _ sets: some Sequence<NodeRef<SelectionSetNode>>) -> [FieldGroup] {
        var groups: [FieldGroup] = []
        var visited: [NameNode] = []
        for set in sets { collect(type, set, into: &groups, visited: &visited) }
        return groups
    }

    /// The sub-selections of every field of `group`, merged (CollectSubfields).
    func collectSubfields(_ type: TypeInfo, _ group: FieldGroup) -> [FieldGroup] {
        let firstSet = document[group.first].selectionSet
        if group.more.isEmpty { return collectFields(type, firstSet.map { [$0] } ?? []) }
        let others = group.more.compactMap { document[$0].selectionSet }
        return collectFields(type, (firstSet.map { [$0] } ?? []) + others)
    }

    private func collect(
        _ type: TypeInfo, _ set: NodeRef<SelectionSetNode>, into groups: inout [FieldGroup], visited: inout [NameNode]
    ) {
        for selection in document.selections(of: set) {
            switch selection {
            case .field(let ref):
                let field = document[ref]
                guard shouldInclude(field.directives) else { continue }
                let key = field.responseKey
                if let existing = groups.firstIndex(where: { document.name($0.key, equals: key) }) {
                    groups[existing].more.append(ref)
                } else {
                    groups.append(FieldGroup(key: key, first: ref))
                }
            case .fragmentSpread(let ref):
                let spread = document[ref]
                guard shouldInclude(spread.directives),
                    !visited.contains(where: { document.name($0, equals: spread.name) })
                else { continue }
                visited.append(spread.name)
                guard let fragment = document.fragments.first(where: { document.name($0.name, equals: spread.name) }),
                    applies(fragment.typeCondition, to: type)
                else { continue }
                collect(type, fragment.selectionSet, into: &groups, visited: &visited)
            case .inlineFragment(let ref):
                let fragment = document[ref]
                guard shouldInclude(fragment.directives) else { continue }
                if let condition = fragment.typeCondition, !applies(condition, to: type) { continue }
                collect(type, fragment.selectionSet, into: &groups, visited: &visited)
            }
        }
    }

    /// DoesFragmentTypeApply, §6.3.2: the same object type, an interface it implements, or a
    /// union it is a member of.
    private func applies(_ condition: NameNode, to type: TypeInfo) -> Bool {
        if document.name(condition, equals: type.name) { return true }
        guard let conditionType = table.info(named: document.string(condition)) else { return false }
        return conditionType.isAbstract && conditionType.possibleTypes.contains(type.name)
    }

    /// §3.13.2-§3.13.3: `@skip(if: true)` leaves a selection out, `@include(if: false)` too.
    func shouldInclude(_ directives: NodeList<DirectiveNode>) -> Bool {
        Directives.shouldInclude(directives, in: document, variables: variables)
    }
}

/// The executable directives that decide whether a selection runs.
enum Directives {
    /// §3.13.2-§3.13.3: `@skip(if: true)` leaves a selection out, `@include(if: false)` too.
    static func shouldInclude(
        _ directives: NodeList<DirectiveNode>, in document: Document, variables: VariableValues
    ) -> Bool {
        guard !directives.isEmpty else { return true }
        for directive in document.nodes(directives) {
            if document.name(directive.name, equals: "skip"), condition(of: directive, document, variables) == true {
                return false
            }
            if document.name(directive.name, equals: "include"),
                condition(of: directive, document, variables) == false
            {
                return false
            }
        }
        return true
    }

    private static func condition(
        of directive: DirectiveNode, _ document: Document, _ variables: VariableValues
    ) -> Bool? {
        guard let argument = document.argument(named: "if", in: directive.arguments) else { return nil }
        switch document[argument.value].kind {
        case .boolean(let flag): return flag
        case .variable(let name):
            if case .boolean(let flag)? = variables[document.string(name)] { return flag }
            return nil
        default: return nil
        }
    }
}

extension TypeInfo {
    var isAbstract: Bool { kind == .interface || kind == .union }
}
