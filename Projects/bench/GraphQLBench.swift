import GraphQL

/// The `graphql` group of the bench: parse throughput per corpus file, in the shape of
/// ../shared/peers' peer-parse-bench, then parse + validate + execute per `bff/` document.
///
/// Arguments: `[--corpus DIR] [--schema DIR] [--runs N] [--min-run-seconds S]`; defaults
/// `../shared/peers/corpus`, `Schema`, 9 runs of at least 0.2 s. Returns the exit status.
func runGraphQLBench(arguments: [String]) async -> Int32 {
    guard let options = GraphQLBenchOptions(arguments: arguments) else { return 2 }
    let files = GraphQLBenchCorpus.files(in: options.corpus)
    guard !files.isEmpty else {
        printError("bench graphql: no .graphql files in \(options.corpus)")
        return 2
    }
    var failures = 0
    for file in files where !GraphQLBenchParse.report(name: file.name, path: file.path, docs: [file], options: options) {
        failures += 1
    }
    let bff = files.filter { $0.name.hasPrefix("bff/") }
    if bff.count >= 10,
        !GraphQLBenchParse.report(
            name: "bff/*.graphql", path: options.corpus + "/bff/*.graphql", docs: bff, options: options)
    {
        failures += 1
    }
    if !(await GraphQLBenchPipeline.reportAll(bff, options: options)) { failures += 1 }
    return failures == 0 ? 0 : 1
}

/// The group's settings, from its arguments.
struct GraphQLBenchOptions {
    var corpus = "../shared/peers/corpus"
    var schema = "Schema"
    var runs = 9
    var minRunSeconds = 0.2

    init?(arguments: [String]) {
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            let value = rest.popFirst()
            switch flag {
            case "--corpus": corpus = value ?? corpus
            case "--schema": schema = value ?? schema
            case "--runs": runs = value.flatMap { Int($0) }.map { max(1, $0) } ?? runs
            case "--min-run-seconds": minRunSeconds = value.flatMap { Double($0) } ?? minRunSeconds
            default:
                printError("bench graphql: unknown argument \(flag)")
                return nil
            }
        }
    }
}
