/// A named set of benchmarks, each file one group, all listed in `BenchGroup.all`.
///
/// `--filter NAME` runs the group called NAME, or within any group the benchmarks whose names
/// start with NAME (`--filter log.append`).
struct BenchGroup: Sendable {
    var name: String
    /// Runs the benchmarks `isSelected` admits by name, handing each result to `report` as soon as
    /// it is measured.
    var run: @Sendable (_ isSelected: (String) -> Bool, _ report: (Measurement) -> Void) async throws -> Void

    static let all: [BenchGroup] = [
        .core, .graphql,
    ]
}
