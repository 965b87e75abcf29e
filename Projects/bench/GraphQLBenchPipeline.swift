import GraphQL

/// The `"bench":"pipeline"` lines: parse + validate + execute of each `bff/` document against
/// Schema/ with in-memory resolvers, the work a server does per request minus HTTP.
enum GraphQLBenchPipeline {
    /// One request: the document's bytes and the variables a client would send with it.
    private struct Request {
        var document: GraphQLBenchDocument
        var variables: InputValue
    }

    /// Prints one line per document and one for the set; false when a document fails.
    static func reportAll(_ docs: [GraphQLBenchDocument], options: GraphQLBenchOptions) async -> Bool {
        guard !docs.isEmpty else { return true }
        guard let schema = loadSchema(options.schema) else { return false }
        let executor = Executor(schema: schema, resolvers: GraphQLBenchResolvers.registry())
        var requests: [Request] = []
        for doc in docs {
            guard let document = try? Parser.parse(utf8: doc.bytes) else { return false }
            requests.append(
                Request(document: doc, variables: GraphQLBenchVariables.sample(for: document, schema: schema)))
        }
        var passed = true
        for request in requests {
            passed =
                await report(name: request.document.name, [request], executor: executor, options: options) && passed
        }
        if requests.count >= 10 {
            passed = await report(name: "bff/*.graphql", requests, executor: executor, options: options) && passed
        }
        return passed
    }

    /// Parses, validates and executes one request; the error when it does not answer with data.
    private static func run(_ request: Request, executor: Executor<GraphQLBenchStore>) async -> String? {
        let document: Document
        do { document = try Parser.parse(utf8: request.document.bytes) } catch { return error.description }
        let errors = Validator.validate(document, against: executor.schema)
        if let first = errors.first { return first.message }
        let result = await executor.execute(
            document: document, variables: request.variables, context: GraphQLBenchStore.sample)
        if let first = result.errors.first { return first.message }
        GraphQLBenchParse.sink &+= result.data?.count ?? 0
        return nil
    }

    private static func report(
        name: String, _ requests: [Request], executor: Executor<GraphQLBenchStore>, options: GraphQLBenchOptions
    ) async -> Bool {
        var line = GraphQLBenchLine()
        line.add("bench", "pipeline")
        line.add("name", "graphql.pipeline." + name)
        for request in requests {
            guard let error = await run(request, executor: executor) else { continue }
            line.add("value", 0.0)
            line.add("unit", "docs/s")
            line.add("file", request.document.path)
            line.add("error", error)
            line.emit()
            return false
        }
        let (iterations, seconds) = await GraphQLBenchTiming.measure(options: options) {
            for request in requests { _ = await run(request, executor: executor) }
        }
        let median = GraphQLBenchTiming.median(seconds)
        let documents = Double(requests.count * iterations)
        line.add("value", documents / median, digits: 1)
        line.add("unit", "docs/s")
        line.add("file", requests.count == 1 ? requests[0].document.path : options.corpus + "/bff/*.graphql")
        line.add("documents", requests.count)
        line.add("bytes", requests.reduce(0) { $0 + $1.document.bytes.count })
        line.add("runs", options.runs)
        line.add("iterations_per_run", iterations)
        line.add("median_us_per_doc", median / documents * 1e6)
        line.add("docs_per_s", documents / median, digits: 1)
        line.add("min_docs_per_s", documents / (seconds.max() ?? median), digits: 1)
        line.add("max_docs_per_s", documents / (seconds.min() ?? median), digits: 1)
        line.emit()
        return true
    }

    private static func loadSchema(_ folder: String) -> Schema? {
        var files: [(name: String, source: String)] = []
        for name in GraphQLBenchCorpus.schemaFiles(in: folder) {
            guard let bytes = GraphQLBenchCorpus.read(folder + "/" + name) else { continue }
            files.append((name: name, source: String(decoding: bytes, as: UTF8.self)))
        }
        do {
            return try SchemaBuilder.build(files: files)
        } catch {
            printError("bench graphql: the schema in \(folder) did not build: \(error)")
            return nil
        }
    }
}
