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

    /// False for the common case that cannot conflict: only fields, all response keys distinct.
    private static func mayConflict(_ set: NodeRef<SelectionSetNode>, _ context: ValidationContext) -> Bool {
        let selections = context.document.selections(of: set)
        for position in selections.indices {
            guard case .field(let ref) = selections[position] else { return true }
            let key = context.document[ref].responseKey
            for earlier in selections.startIndex..<position {
                if case .field(let other) = selections[earlier], context.document.name(context.document[other].responseKey, equals: key) {
                    return true
                }
            }
            if position - selections.startIndex > 64 { return true }
        }
        return false
    }
}
