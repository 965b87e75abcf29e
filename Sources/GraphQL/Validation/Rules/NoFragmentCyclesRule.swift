/// GraphQL spec (Oct 2021) §5.5.2.2 Fragment Spreads Must Not Form Cycles: graphql-js' depth-first
/// search from each fragment in document order, reporting each cycle once with its spread path.
enum NoFragmentCyclesRule {
    /// Checks from the fragment at `index` (graphql-js does it when entering each fragment).
    static func check(fragment index: Int, in context: ValidationContext) {
        var search = context.cycleSearch
        search.detectCycles(from: index, in: context)
        context.cycleSearch = search
    }
}

/// The depth-first search state of NoFragmentCycles, kept across fragments so that each cycle is
/// reported once.
struct FragmentCycleSearch {
    // graphql-js keys these by fragment name; the index of the last definition of a name is
    // the same key without strings.
    private var visited: [Bool] = []
    private var path: [NodeRef<FragmentSpreadNode>] = []
    private var pathIndexByFragment: [Int: Int] = [:]

    mutating func detectCycles(from index: Int, in context: ValidationContext) {
        guard context.enterRecursion() else { return }
        defer { context.leaveRecursion() }
        if visited.isEmpty { visited = [Bool](repeating: false, count: context.document.fragments.count) }
        guard let key = context.fragment(named: context.document.fragments[index].name)?.index, !visited[key] else {
            return
        }
        visited[key] = true
        let spreads = context.fragmentSpreads(ofFragment: index)
        if spreads.isEmpty { return }
        pathIndexByFragment[key] = path.count
        for spread in spreads {
            // A spread of an undefined fragment can neither close a cycle nor lead anywhere.
            guard let fragment = context.fragment(named: context.document[spread].name) else { continue }
            path.append(spread)
            if let cycleIndex = pathIndexByFragment[fragment.index] {
                report(Array(path[cycleIndex...]), context)
            } else {
                detectCycles(from: fragment.index, in: context)
            }
            path.removeLast()
        }
        pathIndexByFragment[key] = nil
    }

    private func report(_ cycle: [NodeRef<FragmentSpreadNode>], _ context: ValidationContext) {
        let spreadName = context.document.string(context.document[cycle[cycle.count - 1]].name)
        let via = cycle.dropLast().map { "\"\(context.document.string(context.document[$0].name))\"" }.joined(
            separator: ", ")
        context.report(
            "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
            atOffsets: cycle.map { context.document[$0].offset })
    }
}
