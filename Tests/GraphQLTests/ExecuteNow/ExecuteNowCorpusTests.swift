import Foundation
import GraphQL
import TestSupport
import Testing

/// `executeNow` against `execute` over every corpus document (the differential corpus and the
/// peers' Fixtures/ and Fixtures/bff/) with the differential test's synchronous resolvers.
@Suite(.exclusive) struct ExecuteNowCorpusTests {
    /// One request to run both ways.
    struct Request {
        var file: String
        var operationName: String?
        var variables: InputValue?
    }

    /// What comparing the two paths found.
    struct Tally {
        var compared = 0
        var declined = 0
        var disagreements: [String] = []
    }

    @Test func everyCorpusQueryAnswersTheSameBytesWithoutSuspending() async throws {
        let paths = Self.paths
        let executor = try Self.executor(paths)
        var tally = Tally()
        for request in try Self.requestsFromSidecars(paths) {
            try await Self.compare(request, executor, &tally)
        }
        for line in tally.disagreements { print("NOW-DISAGREE \(line)") }
        #expect(tally.compared >= 300, "compared \(tally.compared)")
        #expect(tally.declined > 0, "the corpus holds mutations, which executeNow declines")
        #expect(tally.disagreements.isEmpty, "\(tally.disagreements.count) disagreements; see NOW-DISAGREE")
    }

    @Test(
        "with graphql-core's sample variables every query still answers the same bytes",
        .enabled(if: graphQLCorePython != nil, "python3 with graphql-core 3.2 is missing"))
    func everyCorpusQueryWithSampleVariablesAnswersTheSameBytes() async throws {
        let paths = Self.paths
        let executor = try Self.executor(paths)
        let reference = try await ReferenceRun.run(paths: paths)
        var tally = Tally()
        for file in reference.files {
            guard let outcome = reference.outcomes[file], outcome.valid == true else { continue }
            let variables = try outcome.variablesJSON.map { try JSONInput.parse($0) }
            try await Self.compare(
                Request(file: file, operationName: outcome.operationName, variables: variables), executor, &tally)
        }
        for line in tally.disagreements { print("NOW-DISAGREE \(line)") }
        #expect(tally.compared >= 100, "compared \(tally.compared)")
        #expect(tally.disagreements.isEmpty, "\(tally.disagreements.count) disagreements; see NOW-DISAGREE")
    }

    /// The differential test's paths (its folder is a sibling of this one).
    static let paths = DifferentialPaths(
        file: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Differential/ExecuteNowCorpusTests.swift").path)

    static func executor(_ paths: DifferentialPaths) throws -> Executor<FixedResolvers.Context> {
        let schema = try EngineRun(paths: paths).schema.get()
        return Executor(schema: schema, resolvers: FixedResolvers.registry(for: schema))
    }

    /// Runs `request` both ways: a query must answer now, the same bytes; anything else must decline.
    static func compare(
        _ request: Request, _ executor: Executor<FixedResolvers.Context>, _ tally: inout Tally
    ) async throws {
        guard let document = try? Parser.parse(utf8: [UInt8](Data(contentsOf: URL(fileURLWithPath: request.file))))
        else { return }
        let root = FieldValue.object(["__key": .string("root")])
        let later = await executor.execute(
            document: document, operationName: request.operationName, variables: request.variables,
            context: FixedResolvers.Context(), rootValue: root)
        let now = executor.executeNow(
            document: document, operationName: request.operationName, variables: request.variables,
            context: FixedResolvers.Context(), rootValue: root)
        let label = "\(request.file) [\(request.operationName ?? "-")]"
        guard let kind = document.operation(named: request.operationName)?.kind, kind != .query else {
            guard let now else { return tally.disagreements.append("\(label): declined a query") }
            tally.compared += 1
            if now.json() != later.json() {
                tally.disagreements.append(
                    "\(label):\n    execute    \(later.jsonText)\n    executeNow \(now.jsonText)")
            }
            return
        }
        tally.declined += 1
        if now != nil { tally.disagreements.append("\(label): answered a \(kind.keyword)") }
    }

    /// Every parsed document once per operation name (nil and each named one), with its `.json`
    /// sidecar's variables when it has one.
    static func requestsFromSidecars(_ paths: DifferentialPaths) throws -> [Request] {
        var requests: [Request] = []
        for folder in paths.corpusFolders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".graphql") }
            for name in names.sorted() {
                let file = folder + "/" + name
                let variables = try sidecarVariables(of: file)
                let source = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file)))
                guard let document = try? Parser.parse(utf8: source) else { continue }
                let named = document.operations.compactMap { $0.name.map(document.string) }
                for operationName in [nil] + named {
                    requests.append(Request(file: file, operationName: operationName, variables: variables))
                }
            }
        }
        return requests
    }

    private static func sidecarVariables(of file: String) throws -> InputValue? {
        let sidecar = String(file.dropLast(".graphql".count)) + ".json"
        guard FileManager.default.fileExists(atPath: sidecar) else { return nil }
        guard case .object(let options) = try JSONInput.parse(try String(contentsOfFile: sidecar, encoding: .utf8))
        else { return nil }
        return options.first { $0.name == "variables" }?.value
    }
}
