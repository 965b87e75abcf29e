/// GraphQL spec (Oct 2021) §5.5.2.2 Fragment Spreads Must Not Form Cycles: graphql-js' depth-first
/// search from each fragment in document order, reporting each cycle once with its spread path.
enum NoFragmentCyclesRule {
    static func check(in context: ValidationContext) {
        var search = Search(context: context)
        for index in context.document.fragments.indices { search.detectCycles(from: index) }
    }

    private struct Search {
        let context: ValidationContext
        var visited = Set<String>()
        var path: [NodeRef<FragmentSpreadNode>] = []
        var pathIndexByName: [String: Int] = [:]

        mutating func detectCycles(from index: Int) {
            let document = context.document
            let name = document.string(document.fragments[index].name)
            guard visited.insert(name).inserted else { return }
            let spreads = context.fragmentSpreads(ofFragment: index)
            if spreads.isEmpty { return }
            pathIndexByName[name] = path.count
            for spread in spreads {
                let spreadName = document[spread].name
                let cycleIndex = pathIndexByName[document.string(spreadName)]
                path.append(spread)
                if let cycleIndex {
                    report(Array(path[cycleIndex...]))
                } else if let fragment = context.fragment(named: spreadName) {
                    detectCycles(from: fragment.index)
                }
                path.removeLast()
            }
            pathIndexByName[name] = nil
        }

        private func report(_ cycle: [NodeRef<FragmentSpreadNode>]) {
            let document = context.document
            let spreadName = document.string(document[cycle[cycle.count - 1]].name)
            let via = cycle.dropLast().map { "\"\(document.string(document[$0].name))\"" }.joined(separator: ", ")
            context.report(
                "Cannot spread fragment \"\(spreadName)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                atOffsets: cycle.map { document[$0].offset })
        }
    }
}
