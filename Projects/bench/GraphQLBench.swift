import Glibc
import GraphQL

/// The `graphql` group of the bench: parse throughput per corpus file, in the shape of
/// ../shared/peers' peer-parse-bench, then parse + validate + execute per `bff/` document.
///
/// Arguments: `[--corpus DIR] [--schema DIR] [--runs N] [--min-run-seconds S] [--iterations N]`, or the first four in
/// the environment (`BENCH_GRAPHQL_CORPUS`, `BENCH_GRAPHQL_SCHEMA`, `BENCH_GRAPHQL_RUNS`,
/// `BENCH_GRAPHQL_MIN_RUN_SECONDS`) when the group runs under `bench --filter graphql`; defaults
/// `../shared/peers/corpus`, `Schema`, 9 runs of at least 0.2 s. Only the measurements whose
/// names `isSelected` admits run; each goes to `report` as soon as it is measured (by default
/// printed as one JSON line). Returns the exit status.
func runGraphQLBench(
    arguments: [String], isSelected: (String) -> Bool = { _ in true },
    report: (GraphQLBenchResult) -> Void = GraphQLBenchResult.printLine
) async -> Int32 {
    guard let options = GraphQLBenchOptions(arguments: arguments) else { return 2 }
    let files = GraphQLBenchCorpus.files(in: options.corpus)
    guard !files.isEmpty else {
        printError("bench graphql: no .graphql files in \(options.corpus)")
        return 2
    }
    var failures = 0
    for file in files
    where !GraphQLBenchParse.report(
        name: file.name, path: file.path, docs: [file], options: options, isSelected: isSelected, report: report)
    {
        failures += 1
    }
    let bff = files.filter { $0.name.hasPrefix("bff/") }
    if bff.count >= 10,
        !GraphQLBenchParse.report(
            name: "bff/*.graphql", path: options.corpus + "/bff/*.graphql", docs: bff, options: options,
            isSelected: isSelected, report: report)
    {
        failures += 1
    }
    if !(await GraphQLBenchPipeline.reportAll(bff, options: options, isSelected: isSelected, report: report)) {
        failures += 1
    }
    return failures == 0 ? 0 : 1
}

/// The group's settings, from its arguments.
struct GraphQLBenchOptions {
    var corpus = "../shared/peers/corpus"
    var schema = "Schema"
    var runs = 9
    var minRunSeconds = 0.2
    /// Exactly this many repetitions per run, without warm-up or calibration (for callgrind).
    var iterations: Int?

    init?(arguments: [String]) {
        corpus = Self.environment("BENCH_GRAPHQL_CORPUS") ?? corpus
        schema = Self.environment("BENCH_GRAPHQL_SCHEMA") ?? schema
        runs = Self.environment("BENCH_GRAPHQL_RUNS").flatMap { Int($0) }.map { max(1, $0) } ?? runs
        minRunSeconds = Self.environment("BENCH_GRAPHQL_MIN_RUN_SECONDS").flatMap { Double($0) } ?? minRunSeconds
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            let value = rest.popFirst()
            switch flag {
            case "--corpus": corpus = value ?? corpus
            case "--schema": schema = value ?? schema
            case "--runs": runs = value.flatMap { Int($0) }.map { max(1, $0) } ?? runs
            case "--min-run-seconds": minRunSeconds = value.flatMap { Double($0) } ?? minRunSeconds
            case "--iterations": iterations = value.flatMap { Int($0) }.map { max(1, $0) }
            default:
                printError("bench graphql: unknown argument \(flag)")
                return nil
            }
        }
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}

/// `runGraphQLBench` answered a non-zero status: a corpus file did not parse, or a `bff/`
/// document did not validate or answered errors (its line says which).
struct GraphQLBenchFailure: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "bench graphql failed with status \(status)" }
}
