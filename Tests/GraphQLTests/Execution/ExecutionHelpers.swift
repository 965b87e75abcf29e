import Foundation
import GraphQL
import TestSupport

/// The context execution tests hand to resolvers.
struct TestContext: Sendable {
    var label = "test"
}

/// Runs `query` against `schema` and returns the whole response as compact JSON text.
func runQuery(
    _ schema: Schema, _ query: String, variables: String? = nil, operationName: String? = nil,
    resolvers: Resolvers<TestContext> = Resolvers(), root: String? = nil, limits: QueryLimits = QueryLimits()
) async throws -> ExecutionResult {
    let document = try Parser.parse(query)
    let variableValues = try variables.map { try JSONInput.parse($0) }
    let rootValue = try root.map { FieldValue(try JSONInput.parse($0)) } ?? .null
    return await execute(
        schema: schema, document: document, operationName: operationName, variables: variableValues,
        context: TestContext(), resolvers: resolvers, limits: limits, rootValue: rootValue)
}

/// The path of python3 when graphql-core 3.2 is importable, else nil.
let graphQLCorePython: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin"
    let candidates = path.split(separator: ":").map { $0 + "/python3" } + ["/usr/bin/python3"]
    for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: candidate)
        process.arguments = ["-c", "import graphql"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { continue }
        process.waitUntilExit()
        if process.terminationStatus == 0 { return candidate }
    }
    return nil
}()

/// Runs a python script with `input` on stdin and returns stdout, off the cooperative pool (the
/// script runs for seconds; a pool thread blocked that long starves the other tests' tasks).
func runPython(_ python: String, script: String, input: Data) async throws -> Data {
    try await offPool { try runPythonBlocking(python, script: script, input: input) }
}

private func runPythonBlocking(_ python: String, script: String, input: Data) throws -> Data {
    let scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("gql-exec-\(UUID().uuidString).py")
    try script.write(to: scriptURL, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: scriptURL) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [scriptURL.path]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(input)
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return output
}
