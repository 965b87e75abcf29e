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
    private var visited = Set<String>()
    private var path: [NodeRef<FragmentSpreadNode>] = []
    private var pathIndexByName: [String: Int] = [:]

    mutating func detectCycles(from index: Int, in context: ValidationContext) {
        let name = context.document.string(context.document.fragments[index].name)
        guard visited.insert(name).inserted else { return }
        let spreads = context.fragmentSpreads(ofFragment: index)
        if spreads.isEmpty { return }
        pathIndexByName[name] = path.count
        for spread in spreads {
            let spreadName = context.document[spread].name
            let cycleIndex = pathIndexByName[context.document.string(spreadName)]
            path.append(spread)
            if let cycleIndex {
                report(Array(path[cycleIndex...]), context)
            } else if let fragment = context.fragment(named: spreadName) {
                detectCycles(from: fragment.index, in: context)
            }
            path.removeLast()
        }
        pathIndexByName[name] = nil
    }

    private func report(_ cycle: [NodeRef<FragmentSpreadNode>], _ context: ValidationContext) {
        let spreadName = context.document.string(context.document[cycle[cycle.count - 1]].name)
        let via = cycle.dropLast().map { "\"\(context.document.string(context.document[$0].name))\"" }.joined(separator: ", ")
        context.report(
            "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
            atOffsets: cycle.map { context.document[$0].offset })
    }
}
