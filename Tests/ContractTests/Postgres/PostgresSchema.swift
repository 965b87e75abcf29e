import Foundation
import Synchronization

/// A schema of its own on a PostgreSQL server, named here rather than through `--data-dir`, so a
/// test can start several gql-postgres processes on it and also reach its tables from outside:
/// with psql (are they intact?) and with `gql-postgres rebuild`.
final class PostgresSchema {
    /// Whether the contract suite runs against gql-postgres: the suites of this folder run only then.
    static var isUnderTest: Bool { ProductUnderTest.current.name == "gql-postgres" }

    let url: String
    let name: String

    /// A new schema on `url`, by default the test server (`CQRS_TEST_DATABASE_URL`); the first
    /// process started on it makes it.
    init(url: String? = nil) throws {
        let environment = ProcessInfo.processInfo.environment["CQRS_TEST_DATABASE_URL"]
        guard let url = url ?? environment, !url.isEmpty else {
            throw ClientError(description: "gql-postgres needs CQRS_TEST_DATABASE_URL (.ci/test sets it)")
        }
        self.url = url
        name = "itest_" + String(UInt64.random(in: .min ... .max), radix: 16)
    }

    /// Drops the schema, so repeated runs do not pile tables up on the test server.
    deinit {
        _ = try? run("/usr/bin/env", ["psql", "-X", "-q", "-d", url, "-c", "DROP SCHEMA IF EXISTS \(name) CASCADE"])
    }

    /// The flags that put a gql-postgres process on this schema.
    var arguments: [String] { ["--database-url", url, "--database-schema", name] }

    /// A gql-postgres process on this schema (any number may share it), killed after `timeLimit`
    /// seconds if still running.
    func start(_ extra: [String] = [], timeLimit: Double = 90) throws -> ServerProcess {
        try ServerProcess(arguments + extra, timeLimit: timeLimit)
    }

    /// Runs `sql` in the schema with psql and answers its rows, one line each (`|` between columns).
    /// - Throws: when psql fails, with what it said.
    func query(_ sql: String) throws -> [String] {
        let result = try run(
            "/usr/bin/env",
            [
                "psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", "SET search_path TO \(name)",
                "-c",
                sql,
            ])
        guard result.status == 0 else { throw ClientError(description: "psql: \(result.errors)") }
        return result.output.split(separator: "\n").map(String.init)
    }

    /// `gql-postgres rebuild PROJECTOR` on this schema: answers its exit status and what it printed.
    func rebuild(_ projector: String) throws -> (status: Int32, output: String, errors: String) {
        let executable = ServerProcess.executable.deletingLastPathComponent().appendingPathComponent("gql-postgres")
        return try run(executable.path, ["rebuild", projector, "--database-url", url, "--database-schema", name])
    }
}

/// Runs a program to its exit (at most `timeLimit` seconds) and answers its status and output.
func run(_ path: String, _ arguments: [String], timeLimit: Double = 60) throws
    -> (status: Int32, output: String, errors: String)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog)
    defer { watchdog.cancel() }
    // Read both pipes at once: a program that fills one while we wait on the other would block.
    let errorText = Mutex<Data>(Data())
    let group = DispatchGroup()
    let errorHandle = errors.fileHandleForReading
    DispatchQueue.global().async(group: group) {
        let data = errorHandle.readDataToEndOfFile()
        errorText.withLock { $0 = data }
    }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    let err = errorText.withLock { $0 }
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}
