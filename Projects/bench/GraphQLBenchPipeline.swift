import GraphQL

/// The `"bench":"pipeline"` lines: parse + validate + execute of each `bff/` document against
/// Schema/ with in-memory resolvers, the work a server does per request minus HTTP: a query
/// through `executeNow`, a mutation (which it declines) through `execute`.
enum GraphQLBenchPipeline {
    /// What a server builds once at start-up and uses for every request.
    private struct Server {
        var executor: Executor<GraphQLBenchStore>
        var validator: Validator
    }

    /// One request: the document's bytes and the variables a client would send with it.
    private struct Request {
        var document: GraphQLBenchDocument
        var variables: InputValue
    }

    /// Prints one line per document and one for the set; false when a document fails.
    static func reportAll(
        _ docs: [GraphQLBenchDocument], options: GraphQLBenchOptions, isSelected: (String) -> Bool,
        report: (GraphQLBenchResult) -> Void
    ) async -> Bool {
        guard !docs.isEmpty else { return true }
        guard let schema = loadSchema(options.schema) else { return false }
        let resolvers = GraphQLBenchResolvers.registry()
        let server = Server(
            executor: Executor(schema: schema, resolvers: resolvers),
            validator: Validator(schema: schema, scalars: resolvers.scalars))
        var requests: [Request] = []
        for doc in docs {
            guard let document = try? Parser.parse(utf8: doc.bytes) else { return false }
            requests.append(
                Request(document: doc, variables: GraphQLBenchVariables.sample(for: document, schema: schema)))
        }
        var passed = true
        for request in requests {
            passed =
                await measure(
                    name: request.document.name, [request], server: server, options: options,
                    isSelected: isSelected, report: report) && passed
        }
        if requests.count >= 10 {
            passed =
                await measure(
                    name: "bff/*.graphql", requests, server: server, options: options, isSelected: isSelected,
                    report: report) && passed
        }
        return passed
    }

    /// Parses, validates and executes one request; the error when it does not answer with data.
    private static func run(_ request: Request, server: Server) async -> String? {
        let document: Document
        do { document = try Parser.parse(utf8: request.document.bytes) } catch { return error.description }
        let errors = server.validator.validate(document)
        if let first = errors.first { return first.message }
        // As a server answers: without a task when every resolver the query calls is synchronous.
        let answered = server.executor.executeNow(
            document: document, variables: request.variables, context: GraphQLBenchStore.sample)
        let result: ExecutionResult
        if let answered {
            result = answered
        } else {
            result = await server.executor.execute(
                document: document, variables: request.variables, context: GraphQLBenchStore.sample)
        }
        if let first = result.errors.first { return first.message }
        GraphQLBenchParse.sink &+= result.data?.count ?? 0
        return nil
    }

    private static func measure(
        name: String, _ requests: [Request], server: Server, options: GraphQLBenchOptions,
        isSelected: (String) -> Bool, report: (GraphQLBenchResult) -> Void
    ) async -> Bool {
        let measurement = "graphql.pipeline." + name
        guard isSelected(measurement) else { return true }
        for request in requests {
            guard let error = await run(request, server: server) else { continue }
            var result = GraphQLBenchResult(name: measurement, value: 0, unit: "docs/s")
            result.details = [
                "bench": .string("pipeline"), "file": .string(request.document.path), "error": .string(error),
            ]
            report(result)
            return false
        }
        let (iterations, seconds) = await GraphQLBenchTiming.measure(options: options) {
            for request in requests { _ = await run(request, server: server) }
        }
        let median = GraphQLBenchTiming.median(seconds)
        let documents = Double(requests.count * iterations)
        var result = GraphQLBenchResult(name: measurement, value: documents / median, unit: "docs/s")
        result.details = [
            "bench": .string("pipeline"),
            "file": .string(requests.count == 1 ? requests[0].document.path : options.corpus + "/bff/*.graphql"),
            "documents": .int(requests.count), "bytes": .int(requests.reduce(0) { $0 + $1.document.bytes.count }),
            "runs": .int(options.runs), "iterations_per_run": .int(iterations),
            "median_us_per_doc": .double(GraphQLBenchResult.rounded(median / documents * 1e6)),
            "docs_per_s": .double(GraphQLBenchResult.rounded(documents / median, digits: 1)),
            "min_docs_per_s": .double(GraphQLBenchResult.rounded(documents / (seconds.max() ?? median), digits: 1)),
            "max_docs_per_s": .double(GraphQLBenchResult.rounded(documents / (seconds.min() ?? median), digits: 1)),
        ]
        report(result)
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
