/// A named set of benchmarks; `--filter NAME` runs one group. Each group lives in its own file
/// and is listed in `BenchGroup.all`.
struct BenchGroup: Sendable {
    var name: String
    /// Runs the group, handing each result to `report` as soon as it is measured.
    var run: @Sendable (_ report: (Measurement) -> Void) async throws -> Void

    static let all: [BenchGroup] = [
        .core
    ]
}
