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
        if let cached = fragmentFacts[index].spreads { return cached }
        let spreads = fragmentSpreads(in: document.fragments[index].selectionSet)
        fragmentFacts[index].spreads = spreads
        return spreads
    }

    /// The indices of the fragments an operation uses, directly or through other fragments.
    func referencedFragments(of index: Int) -> [Int] {
        if document.fragments.isEmpty { return [] }
        if let cached = operationFacts[index].referencedFragments { return cached }
        var fragments: [Int] = []
        // By the index of the last definition of each name: one per name, as graphql-js collects names.
        var collected = [Bool](repeating: false, count: document.fragments.count)
        var pending = [fragmentSpreads(in: document.operations[index].selectionSet)]
        while let spreads = pending.popLast() {
            for spread in spreads {
                guard let fragment = fragment(named: document[spread].name), !collected[fragment.index] else {
                    continue
                }
                collected[fragment.index] = true
                fragments.append(fragment.index)
                pending.append(fragmentSpreads(ofFragment: fragment.index))
            }
        }
        operationFacts[index].referencedFragments = fragments
        return fragments
    }

    /// The variable usages of an operation and of every fragment it uses, in graphql-js order.
    func recursiveUsages(of index: Int, fragments: [Int]) -> ArraySlice<VariableUsage> {
        if fragments.isEmpty { return usages[operationFacts[index].usages] }
        var result = Array(usages[operationFacts[index].usages])
        for fragment in fragments { result.append(contentsOf: usages[fragmentFacts[fragment].usages]) }
        return result[...]
    }
}
