/// A named set of benchmarks, each file one group, all listed in `BenchGroup.all`.
///
/// `--filter NAME` runs the group called NAME, or within any group the benchmarks whose names
/// start with NAME (`--filter log.append`).
struct BenchGroup: Sendable {
    var name: String
    /// How the names of the group's benchmarks begin, so a filter for another group's benchmark
    /// skips this group without running any of its set-up.
    var namePrefixes: [String]
    /// Runs the benchmarks `isSelected` admits by name, handing each result to `report` as soon as
    /// it is measured.
    var run: @Sendable (_ isSelected: (String) -> Bool, _ report: (Measurement) -> Void) async throws -> Void

    static let all: [BenchGroup] = [
        .core, .coreSubmit, .graphql, .postgres, .kafka,
    ]

    /// Whether `filter` (a group name or a benchmark-name prefix) can select anything in this group.
    func mayRun(filter: String?) -> Bool {
        guard let filter, filter != name else { return true }
        return namePrefixes.contains { filter.hasPrefix($0) || $0.hasPrefix(filter) }
    }
}
