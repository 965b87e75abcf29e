// Fragment spread graphs, in the orders graphql-js' ValidationContext produces them
// (`getFragmentSpreads`, `getRecursivelyReferencedFragments`, `getRecursiveVariableUsages`), so
// rules built on them report the same errors in the same order.

extension ValidationContext {
    /// Every fragment spread under a selection set: the set's own spreads in order, then nested
    /// sets depth first from the last one (graphql-js uses a stack).
    func fragmentSpreads(in root: NodeRef<SelectionSetNode>) -> [NodeRef<FragmentSpreadNode>] {
        var spreads: [NodeRef<FragmentSpreadNode>] = []
        var stack = [root]
        while let set = stack.popLast() {
            for selection in document.selections(of: set) {
                switch selection {
                case .fragmentSpread(let spread): spreads.append(spread)
                case .field(let field): if let nested = document[field].selectionSet { stack.append(nested) }
                case .inlineFragment(let fragment): stack.append(document[fragment].selectionSet)
                }
            }
        }
        return spreads
    }

    /// `fragmentSpreads(in:)` of a fragment definition's selection set, cached.
    func fragmentSpreads(ofFragment index: Int) -> [NodeRef<FragmentSpreadNode>] {
        if let cached = spreadsCache[index] { return cached }
        let spreads = fragmentSpreads(in: document.fragments[index].selectionSet)
        spreadsCache[index] = spreads
        return spreads
    }

    /// The indices of the fragments an operation uses, directly or through other fragments.
    func referencedFragments(of operation: OperationDefinitionNode) -> [Int] {
        if document.fragments.isEmpty { return [] }
        var fragments: [Int] = []
        var collected = Set<String>()
        var pending = [fragmentSpreads(in: operation.selectionSet)]
        while let spreads = pending.popLast() {
            for spread in spreads {
                let name = document[spread].name
                guard collected.insert(document.string(name)).inserted, let fragment = fragment(named: name) else {
                    continue
                }
                fragments.append(fragment.index)
                pending.append(fragmentSpreads(ofFragment: fragment.index))
            }
        }
        return fragments
    }

    /// The variable usages of an operation and of every fragment it uses, in graphql-js order.
    func recursiveUsages(of index: Int, fragments: [Int]) -> [VariableUsage] {
        var result = Array(usages[operationUsages[index]])
        for fragment in fragments { result.append(contentsOf: usages[fragmentUsages[fragment]]) }
        return result
    }
}
