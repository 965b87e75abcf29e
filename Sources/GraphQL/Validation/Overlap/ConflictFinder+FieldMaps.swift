// Building and memoising the field maps ConflictFinder compares (graphql-js
// `getFieldsAndFragmentNames`, `getReferencedFieldsAndFragmentNames`).

extension ConflictFinder {
    /// The memoised field map of a selection set. As in graphql-js, the memo is keyed by the
    /// selection set alone: the parent type of its first use wins.
    func fieldMap(_ set: NodeRef<SelectionSetNode>, parent: TypeID?) -> OverlapFieldMap {
        if let cached = context.fieldMapCache[set.intIndex] { return cached }
        var map = OverlapFieldMap()
        map.selectionSet = set.intIndex
        collect(set, parent: parent, into: &map)
        context.fieldMapCache[set.intIndex] = map
        return map
    }

    /// The field map of the fragment definition at `index`.
    func referencedFieldMap(_ index: Int) -> OverlapFieldMap {
        let fragment = context.document.fragments[index]
        let type = context.index.typeID(context.document.string(fragment.typeCondition))
        return fieldMap(fragment.selectionSet, parent: type)
    }

    private func collect(
        _ set: NodeRef<SelectionSetNode>, parent: TypeID?, into map: inout OverlapFieldMap
    ) {
        let document = context.document
        for selection in document.selections(of: set) {
            switch selection {
            case .field(let ref):
                let node = document[ref]
                var definition: FieldID? = nil
                // graphql-js looks in the type's own fields only: meta-fields have no definition here.
                if let parent, context.index.kind(parent) == .object || context.index.kind(parent) == .interface {
                    definition = context.index.field(named: document.string(node.name), on: parent)
                    if let found = definition, found.position < 0 { definition = nil }
                }
                map.append(
                    OverlapField(node: ref, parent: parent, definition: definition), key: node.responseKey, in: document
                )
            case .fragmentSpread(let ref):
                if let fragment = context.fragment(named: document[ref].name), !map.fragments.contains(fragment.index) {
                    map.fragments.append(fragment.index)
                }
            case .inlineFragment(let ref):
                let fragment = document[ref]
                let type = fragment.typeCondition.map { context.index.typeID(document.string($0)) } ?? parent
                collect(fragment.selectionSet, parent: type, into: &map)
            }
        }
    }
}
