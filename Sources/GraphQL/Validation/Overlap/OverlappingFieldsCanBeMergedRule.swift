/// GraphQL spec (Oct 2021) §5.3.2 Field Selection Merging, with graphql-js 16's algorithm: each
/// selection set is checked once; field maps are memoised per selection set and fragment pairs
/// per `FragmentPairSet`, so repeated fragments do not make it exponential.
enum OverlappingFieldsCanBeMergedRule {
    static func check(_ set: NodeRef<SelectionSetNode>, parent: TypeID?, in context: ValidationContext) {
        guard mayConflict(set, context) else { return }
        var finder = ConflictFinder(context: context)
        for conflict in finder.conflictsWithin(set, parent: parent) {
            context.report(
                "Fields \"\(conflict.responseName)\" conflict because \(conflict.reason.text). Use different aliases on the fields to fetch both if this was intentional.",
                atOffsets: (conflict.fields1 + conflict.fields2).map { context.document[$0].offset })
        }
    }

    /// False for the common cases that cannot conflict: only fields, all response keys distinct;
    /// or a lone spread of a fragment that spreads nothing (comparing it would find nothing and,
    /// unlike with nested spreads, would not even record fragment pairs in the memo).
    private static func mayConflict(_ set: NodeRef<SelectionSetNode>, _ context: ValidationContext) -> Bool {
        let selections = context.document.selections(of: set)
        if selections.count == 1, case .fragmentSpread(let spread) = selections[selections.startIndex] {
            guard let fragment = context.fragment(named: context.document[spread].name) else { return false }
            return !context.fragmentSpreads(ofFragment: fragment.index).isEmpty
        }
        for position in selections.indices {
            guard case .field(let ref) = selections[position] else { return true }
            let key = context.document[ref].responseKey
            for earlier in selections.startIndex..<position {
                if case .field(let other) = selections[earlier],
                    context.document.name(context.document[other].responseKey, equals: key)
                {
                    return true
                }
            }
            if position - selections.startIndex > 64 { return true }
        }
        return false
    }
}
