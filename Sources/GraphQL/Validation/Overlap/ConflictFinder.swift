// The comparisons of graphql-js 16 `OverlappingFieldsCanBeMergedRule`, function for function
// (findConflictsWithinSelectionSet, collectConflictsBetweenFieldsAndFragment, ...), over the
// flat AST. Field maps and compared fragment pairs live in the ValidationContext, shared by
// every selection set of the document.

/// Finds the conflicts of one selection set, using the document-wide memos.
struct ConflictFinder {
    let context: ValidationContext
    private var document: Document { context.document }

    init(context: ValidationContext) { self.context = context }

    /// graphql-js `findConflictsWithinSelectionSet`.
    mutating func conflictsWithin(_ set: NodeRef<SelectionSetNode>, parent: SchemaType?) -> [OverlapConflict] {
        var conflicts: [OverlapConflict] = []
        let map = fieldMap(set, parent: parent)
        collectWithin(map, into: &conflicts)
        let names = map.fragmentNames
        for (position, name) in names.enumerated() {
            collectBetween(map, fragment: name, exclusive: false, into: &conflicts)
            for other in names[(position + 1)...] {
                collectBetweenFragments(name, other, exclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    /// graphql-js `collectConflictsWithin`: pairs of fields with the same response key.
    private mutating func collectWithin(_ map: OverlapFieldMap, into conflicts: inout [OverlapConflict]) {
        for (position, fields) in map.groups.enumerated() where fields.count > 1 {
            let key = document.string(map.keys[position])
            for first in fields.indices {
                for second in (first + 1)..<fields.count {
                    if let conflict = findConflict(key, fields[first], fields[second], exclusive: false) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// graphql-js `collectConflictsBetween`: pairs across two maps with the same response key.
    private mutating func collectBetween(
        _ map1: OverlapFieldMap, _ map2: OverlapFieldMap, exclusive: Bool, into conflicts: inout [OverlapConflict]
    ) {
        for (position, fields1) in map1.groups.enumerated() {
            let key = map1.keys[position]
            guard let other = map2.group(key, in: document) else { continue }
            let name = document.string(key)
            for field1 in fields1 {
                for field2 in map2.groups[other] {
                    if let conflict = findConflict(name, field1, field2, exclusive: exclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// graphql-js `collectConflictsBetweenFieldsAndFragment`.
    private mutating func collectBetween(
        _ map: OverlapFieldMap, fragment name: String, exclusive: Bool, into conflicts: inout [OverlapConflict]
    ) {
        guard let map2 = referencedFieldMap(name) else { return }
        collectBetween(map, map2, exclusive: exclusive, into: &conflicts)
        for referenced in map2.fragmentNames {
            if context.comparedFragmentPairs.contains(referenced, name, mutuallyExclusive: exclusive) { continue }
            context.comparedFragmentPairs.insert(referenced, name, mutuallyExclusive: exclusive)
            collectBetween(map, fragment: referenced, exclusive: exclusive, into: &conflicts)
        }
    }

    /// graphql-js `collectConflictsBetweenFragments`.
    private mutating func collectBetweenFragments(
        _ name1: String, _ name2: String, exclusive: Bool, into conflicts: inout [OverlapConflict]
    ) {
        if name1 == name2 { return }
        if context.comparedFragmentPairs.contains(name1, name2, mutuallyExclusive: exclusive) { return }
        context.comparedFragmentPairs.insert(name1, name2, mutuallyExclusive: exclusive)
        guard let map1 = referencedFieldMap(name1), let map2 = referencedFieldMap(name2) else { return }
        collectBetween(map1, map2, exclusive: exclusive, into: &conflicts)
        for referenced in map2.fragmentNames {
            collectBetweenFragments(name1, referenced, exclusive: exclusive, into: &conflicts)
        }
        for referenced in map1.fragmentNames {
            collectBetweenFragments(referenced, name2, exclusive: exclusive, into: &conflicts)
        }
    }

    /// graphql-js `findConflictsBetweenSubSelectionSets`.
    private mutating func conflictsBetween(
        _ set1: NodeRef<SelectionSetNode>, parent1: SchemaType?, _ set2: NodeRef<SelectionSetNode>,
        parent2: SchemaType?, exclusive: Bool
    ) -> [OverlapConflict] {
        var conflicts: [OverlapConflict] = []
        let map1 = fieldMap(set1, parent: parent1)
        let map2 = fieldMap(set2, parent: parent2)
        collectBetween(map1, map2, exclusive: exclusive, into: &conflicts)
        for name in map2.fragmentNames { collectBetween(map1, fragment: name, exclusive: exclusive, into: &conflicts) }
        for name in map1.fragmentNames { collectBetween(map2, fragment: name, exclusive: exclusive, into: &conflicts) }
        for name1 in map1.fragmentNames {
            for name2 in map2.fragmentNames {
                collectBetweenFragments(name1, name2, exclusive: exclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    /// graphql-js `findConflict`: whether two fields with the same response key can merge.
    private mutating func findConflict(
        _ key: String, _ field1: OverlapField, _ field2: OverlapField, exclusive parentExclusive: Bool
    ) -> OverlapConflict? {
        let exclusive =
            parentExclusive
            || (field1.parentName != field2.parentName && field1.parentIsObject && field2.parentIsObject)
        let node1 = document[field1.node]
        let node2 = document[field2.node]
        func conflict(_ message: String) -> OverlapConflict {
            OverlapConflict(responseName: key, reason: .message(message), fields1: [field1.node], fields2: [field2.node])
        }
        if !exclusive {
            if !document.name(node1.name, equals: node2.name) {
                return conflict(
                    "\"\(document.string(node1.name))\" and \"\(document.string(node2.name))\" are different fields")
            }
            if !document.sameArguments(node1.arguments, node2.arguments) {
                return conflict("they have differing arguments")
            }
        }
        if let type1 = field1.type, let type2 = field2.type, typesConflict(type1, type2) {
            return conflict("they return conflicting types \"\(type1)\" and \"\(type2)\"")
        }
        guard let set1 = node1.selectionSet, let set2 = node2.selectionSet else { return nil }
        let parent1 = field1.type.flatMap { context.schema.type(named: $0.namedType) }
        let parent2 = field2.type.flatMap { context.schema.type(named: $0.namedType) }
        let subconflicts = conflictsBetween(set1, parent1: parent1, set2, parent2: parent2, exclusive: exclusive)
        if subconflicts.isEmpty { return nil }
        return OverlapConflict(
            responseName: key, reason: .subfields(subconflicts.map { ($0.responseName, $0.reason) }),
            fields1: [field1.node] + subconflicts.flatMap(\.fields1),
            fields2: [field2.node] + subconflicts.flatMap(\.fields2))
    }

    /// graphql-js `doTypesConflict`: lists and non-nulls must match, leaf types must be the same.
    private func typesConflict(_ type1: TypeReference, _ type2: TypeReference) -> Bool {
        switch (type1, type2) {
        case (.list(let inner1), .list(let inner2)): return typesConflict(inner1, inner2)
        case (.list, _), (_, .list): return true
        case (.nonNull(let inner1), .nonNull(let inner2)): return typesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull): return true
        case (.named(let name1), .named(let name2)):
            let isLeaf = context.schema.type(named: name1)?.isLeaf == true || context.schema.type(named: name2)?.isLeaf == true
            return isLeaf && name1 != name2
        }
    }
}
