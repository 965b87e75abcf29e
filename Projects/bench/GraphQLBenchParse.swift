import GraphQL
import LOW

/// The `"bench":"parse"` lines: the engine's parser over one file or one set of files.
enum GraphQLBenchParse {
    /// Whatever the parses produced, kept observable so the optimizer cannot drop them.
    nonisolated(unsafe) static var sink = 0

    /// Times parsing `docs` in turn and prints one line; false when a document does not parse
    /// (its line then carries `"error"`, as peer-parse-bench's does).
    static func report(
        name: String, path: String, docs: [GraphQLBenchDocument], options: GraphQLBenchOptions,
        isSelected: (String) -> Bool, report: (GraphQLBenchResult) -> Void
    ) -> Bool {
        let measurement = "graphql.parse." + name
        guard isSelected(measurement) else { return true }
        var definitions = 0
        for doc in docs {
            do {
                definitions += try Parser.parse(utf8: doc.bytes).definitions.count
            } catch {
                // A file the parser rejects gets an "error" line and no figures, as the peer's.
                var result = GraphQLBenchResult(name: measurement, value: 0, unit: "MB/s")
                result.details = [
                    "bench": .string("parse"), "parser": .string("cqrs-graphql"), "file": .string(path),
                    "error": .string(error.description),
                ]
                report(result)
                return false
            }
        }
        let (iterations, seconds) = GraphQLBenchTiming.measure(options: options) {
            for doc in docs { sink &+= (try? Parser.parse(utf8: doc.bytes))?.definitions.count ?? 0 }
        }
        report(
            result(measurement, path: path, docs: docs, definitions: definitions, iterations, seconds, options))
        return true
    }

    // swift-format-ignore: FunctionParameterCount
    private static func result(
        _ name: String, path: String, docs: [GraphQLBenchDocument], definitions: Int, _ iterations: Int,
        _ seconds: [Double], _ options: GraphQLBenchOptions
    ) -> GraphQLBenchResult {
        let bytes = docs.reduce(0) { $0 + $1.bytes.count }
        let median = GraphQLBenchTiming.median(seconds)
        let parses = Double(docs.count * iterations)
        let megabytes = Double(bytes * iterations) / 1e6
        var result = GraphQLBenchResult(name: name, value: megabytes / median, unit: "MB/s")
        result.details = [
            "bench": .string("parse"), "parser": .string("cqrs-graphql"), "file": .string(path),
            "documents": .int(docs.count), "bytes": .int(bytes), "definitions": .int(definitions),
            "runs": .int(options.runs), "iterations_per_run": .int(iterations),
            "median_us_per_doc": .double(GraphQLBenchResult.rounded(median / parses * 1e6)),
            "mb_per_s": .double(GraphQLBenchResult.rounded(megabytes / median)),
            "docs_per_s": .double(GraphQLBenchResult.rounded(parses / median, digits: 1)),
            "min_mb_per_s": .double(GraphQLBenchResult.rounded(megabytes / (seconds.max() ?? median))),
            "max_mb_per_s": .double(GraphQLBenchResult.rounded(megabytes / (seconds.min() ?? median))),
            "no_location": .bool(false),
        ]
        return result
    }
}
