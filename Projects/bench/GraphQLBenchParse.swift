import GraphQL

/// The `"bench":"parse"` lines: the engine's parser over one file or one set of files.
enum GraphQLBenchParse {
    /// Whatever the parses produced, kept observable so the optimizer cannot drop them.
    nonisolated(unsafe) static var sink = 0

    /// Times parsing `docs` in turn and prints one line; false when a document does not parse
    /// (its line then carries `"error"`, as peer-parse-bench's does).
    static func report(name: String, path: String, docs: [GraphQLBenchDocument], options: GraphQLBenchOptions) -> Bool {
        var definitions = 0
        for doc in docs {
            do {
                definitions += try Parser.parse(utf8: doc.bytes).definitions.count
            } catch {
                var line = GraphQLBenchLine()
                line.add("bench", "parse")
                line.add("name", "graphql.parse." + name)
                line.add("value", 0.0)
                line.add("unit", "MB/s")
                line.add("parser", "cqrs-graphql")
                line.add("file", path)
                line.add("error", error.description)
                line.emit()
                return false
            }
        }
        let (iterations, seconds) = GraphQLBenchTiming.measure(options: options) {
            for doc in docs { sink &+= (try? Parser.parse(utf8: doc.bytes))?.definitions.count ?? 0 }
        }
        let bytes = docs.reduce(0) { $0 + $1.bytes.count }
        let median = GraphQLBenchTiming.median(seconds)
        let parses = Double(docs.count * iterations)
        let megabytes = Double(bytes * iterations) / 1e6
        var line = GraphQLBenchLine()
        line.add("bench", "parse")
        line.add("name", "graphql.parse." + name)
        line.add("value", megabytes / median)
        line.add("unit", "MB/s")
        line.add("parser", "cqrs-graphql")
        line.add("file", path)
        line.add("documents", docs.count)
        line.add("bytes", bytes)
        line.add("definitions", definitions)
        line.add("runs", options.runs)
        line.add("iterations_per_run", iterations)
        line.add("median_us_per_doc", median / parses * 1e6)
        line.add("mb_per_s", megabytes / median)
        line.add("docs_per_s", parses / median, digits: 1)
        line.add("min_mb_per_s", megabytes / (seconds.max() ?? median))
        line.add("max_mb_per_s", megabytes / (seconds.min() ?? median))
        line.add("no_location", false)
        line.emit()
        return true
    }
}
