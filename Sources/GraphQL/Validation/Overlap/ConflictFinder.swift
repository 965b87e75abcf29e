// The comparisons of graphql-js 16 `OverlappingFieldsCanBeMergedRule`, function for function
// (findConflictsWithinSelectionSet, collectConflictsBetweenFieldsAndFragment, ...), over the
// flat AST. Field maps and compared fragment pairs live in the ValidationContext, shared by
// every selection set of the document.

/// Finds the conflicts of one selection set, using the document-wide memos.
struct ConflictFinder {
    let context: ValidationContext

    init(context: ValidationContext) { self.context = context }

    /// graphql-js `findConflictsWithinSelectionSet`.
    mutating func conflictsWithin(_ set: NodeRef<SelectionSetNode>, parent: TypeID?) -> [OverlapConflict] {
        var conflicts: [OverlapConflict] = []
        let map = fieldMap(set, parent: parent)
        collectWithin(map, into: &conflicts)
        let fragments = map.fragments
        for (position, fragment) in fragments.enumerated() {
            collectBetween(map, fragment: fragment, exclusive: false, into: &conflicts)
            for other in fragments[(position + 1)...] {
                collectBetweenFragments(fragment, other, exclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    /// graphql-js `collectConflictsWithin`: pairs of fields with the same response key.
    ///
    /// Every pair is compared, as in graphql-js, but leaf fields that are alike (same parent,
    /// definition, name and arguments) give the same verdict against any field, so a verdict is
    /// computed once per pair of such classes and reused: a selection repeating one field a
    /// thousand times costs a million cheap steps, not a million comparisons.
    private mutating func collectWithin(_ map: OverlapFieldMap, into conflicts: inout [OverlapConflict]) {
        for group in map.groupSizes.indices where map.groupSizes[group] > 1 {
            let key = context.document.string(map.keys[group])
            let members = map.fields.indices.filter { map.groupOfField[$0] == Int32(group) }.map { map.fields[$0] }
            let classes = LeafClasses(members, context.document)
            var verdicts = [OverlapReason??](repeating: nil, count: classes.count * classes.count)
            for first in members.indices {
                for second in (first + 1)..<members.count {
                    guard let class1 = classes.of[first], let class2 = classes.of[second] else {
                        if let conflict = findConflict(key, members[first], members[second], exclusive: false) {
                            conflicts.append(conflict)
                        }
                        continue
                    }
                    if class1 == class2 { continue }
                    let slot = class1 * classes.count + class2
                    if verdicts[slot] == nil {
                        verdicts[slot] = .some(
                            findConflict(key, members[first], members[second], exclusive: false)?.reason)
                    }
                    if case .some(.some(let reason)) = verdicts[slot] {
                        conflicts.append(
                            OverlapConflict(
                                responseName: key, reason: reason, fields1: [members[first].node],
                                fields2: [members[second].node]))
                    }
                }
            }
        }
    }

    /// graphql-js `collectConflictsBetween`: pairs across two maps with the same response key.
    private mutating func collectBetween(
        _ map1: OverlapFieldMap, _ map2: OverlapFieldMap, exclusive: Bool, into conflicts: inout [OverlapConflict]
    ) {
        for (group1, key) in map1.keys.enumerated() {
            guard let group2 = map2.group(key, in: context.document) else { continue }
            let name = context.document.string(key)
            for field1 in map1.fields.indices where map1.groupOfField[field1] == Int32(group1) {
                for field2 in map2.fields.indices where map2.groupOfField[field2] == Int32(group2) {
                    if let conflict = findConflict(name, map1.fields[field1], map2.fields[field2], exclusive: exclusive)
                    {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// graphql-js `collectConflictsBetweenFieldsAndFragment`.
    private mutating func collectBetween(
        _ map: OverlapFieldMap, fragment name: Int, exclusive: Bool, into conflicts: inout [OverlapConflict]
    ) {
        guard context.enterRecursion() else { return }
        defer { context.leaveRecursion() }
        let map2 = referencedFieldMap(name)
        // graphql-js: `if (fieldMap === fieldMap2) return` (a fragment reached from its own selections).
        if map.selectionSet == map2.selectionSet { return }
        collectBetween(map, map2, exclusive: exclusive, into: &conflicts)
        for referenced in map2.fragments {
            if context.comparedFragmentPairs.contains(referenced, name, mutuallyExclusive: exclusive) { continue }
            context.comparedFragmentPairs.insert(referenced, name, mutuallyExclusive: exclusive)
            collectBetween(map, fragment: referenced, exclusive: exclusive, into: &conflicts)
        }
    }

    /// graphql-js `collectConflictsBetweenFragments`.
    private mutating func collectBetweenFragments(
        _ name1: Int, _ name2: Int, exclusive: Bool, into conflicts: inout [OverlapConflict]
    ) {
        if name1 == name2 { return }
        guard context.enterRecursion() else { return }
        defer { context.leaveRecursion() }
        if context.comparedFragmentPairs.contains(name1, name2, mutuallyExclusive: exclusive) { return }
        context.comparedFragmentPairs.insert(name1, name2, mutuallyExclusive: exclusive)
        let map1 = referencedFieldMap(name1)
        let map2 = referencedFieldMap(name2)
        collectBetween(map1, map2, exclusive: exclusive, into: &conflicts)
        for referenced in map2.fragments {
            collectBetweenFragments(name1, referenced, exclusive: exclusive, into: &conflicts)
        }
        for referenced in map1.fragments {
            collectBetweenFragments(referenced, name2, exclusive: exclusive, into: &conflicts)
        }
    }

    /// graphql-js `findConflictsBetweenSubSelectionSets`.
    private mutating func conflictsBetween(
        _ set1: NodeRef<SelectionSetNode>, parent1: TypeID?, _ set2: NodeRef<SelectionSetNode>,
        parent2: TypeID?, exclusive: Bool
    ) -> [OverlapConflict] {
        var conflicts: [OverlapConflict] = []
        let map1 = fieldMap(set1, parent: parent1)
        let map2 = fieldMap(set2, parent: parent2)
        collectBetween(map1, map2, exclusive: exclusive, into: &conflicts)
        for name in map2.fragments { collectBetween(map1, fragment: name, exclusive: exclusive, into: &conflicts) }
        for name in map1.fragments { collectBetween(map2, fragment: name, exclusive: exclusive, into: &conflicts) }
        for name1 in map1.fragments {
            for name2 in map2.fragments {
                collectBetweenFragments(name1, name2, exclusive: exclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    /// graphql-js `findConflict`: whether two fields with the same response key can merge.
    private mutating func findConflict(
        _ key: String, _ field1: OverlapField, _ field2: OverlapField, exclusive parentExclusive: Bool
    ) -> OverlapConflict? {
        guard context.enterRecursion() else { return nil }
        defer { context.leaveRecursion() }
        let index = context.index
        let exclusive =
            parentExclusive
            || (field1.parent != field2.parent && field1.parent.map { index.kind($0) == .object } == true
                && field2.parent.map { index.kind($0) == .object } == true)
        let document = context.document
        let node1 = document[field1.node]
        let node2 = document[field2.node]
        func conflict(_ message: String) -> OverlapConflict {
            OverlapConflict(
                responseName: key, reason: .message(message), fields1: [field1.node], fields2: [field2.node])
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
        let type1 = field1.definition.map { index.fieldType($0) }
        let type2 = field2.definition.map { index.fieldType($0) }
        if let type1, let type2, typesConflict(type1, type2) {
            return conflict("they return conflicting types \"\(type1)\" and \"\(type2)\"")
        }
        guard let set1 = node1.selectionSet, let set2 = node2.selectionSet else { return nil }
        let parent1 = field1.definition.flatMap { index.namedType($0) }
        let parent2 = field2.definition.flatMap { index.namedType($0) }
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
            if name1 == name2 { return false }
            let index = context.index
            return index.typeID(name1).map { index.isLeaf($0) } == true
                || index.typeID(name2).map { index.isLeaf($0) } == true
        }
    }
}

/// Classes of alike leaf fields in one response-key group: same parent type, definition, name
/// and arguments, no selection set. Two alike leaves never conflict, and compare the same way
/// with any other field.
private struct LeafClasses {
    /// Per member: its class, or nil for a field with a selection set.
    var of: [Int?] = []
    /// The number of classes.
    var count = 0

    init(_ members: [OverlapField], _ document: Document) {
        var representatives: [OverlapField] = []
        for member in members {
            let node = document[member.node]
            guard node.selectionSet == nil else {
                of.append(nil)
                continue
            }
            let found = representatives.firstIndex { other in
                let otherNode = document[other.node]
                return other.parent == member.parent && other.definition == member.definition
                    && document.name(otherNode.name, equals: node.name)
                    && document.sameArguments(otherNode.arguments, node.arguments)
            }
            if let found {
                of.append(found)
            } else {
                of.append(representatives.count)
                representatives.append(member)
            }
        }
        count = representatives.count
    }
}
