import Foundation
import Glibc

/// A PostgreSQL cluster of the test's own (`.ci/postgres`), for a test that restarts the server:
/// restarting the shared test server would cut every other test's sessions.
///
/// The script runs through `system`, its output to files: the server it starts outlives it, and
/// Foundation's `Process.waitUntilExit` was seen never to return for a script that leaves a daemon
/// behind.
final class ThrowawayCluster {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".ci/postgres").path

    let folder: String
    let url: String

    /// Starts a new cluster in a temporary folder.
    /// - Throws: `ClientError` when it cannot start, with what the script said.
    init() throws {
        folder =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("cqrs-restart-" + String(UInt32.random(in: .min ... .max), radix: 16)).path
        let output = try Self.script(["start", folder])
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("postgresql://") }) else {
            throw ClientError(description: ".ci/postgres start printed no URL: \(output)")
        }
        url = String(line)
    }

    /// Stops and removes the cluster.
    deinit { _ = try? Self.script(["stop", folder]) }

    /// Restarts the server on the same port (fast shutdown: every session is cut).
    func restart() throws { _ = try Self.script(["restart", folder]) }

    /// Runs `.ci/postgres` with `arguments` (plain words: folder names of ours) and answers its
    /// standard output. - Throws: `ClientError` with its error output when it fails.
    private static func script(_ arguments: [String]) throws -> String {
        let capture = FileManager.default.temporaryDirectory
            .appendingPathComponent("cqrs-script-" + String(UInt32.random(in: .min ... .max), radix: 16)).path
        defer {
            unlink(capture + ".out")
            unlink(capture + ".err")
        }
        let status = system(
            ([script] + arguments).joined(separator: " ") + " </dev/null >\(capture).out 2>\(capture).err")
        let output = (try? String(contentsOfFile: capture + ".out", encoding: .utf8)) ?? ""
        guard status == 0 else {
            let errors = (try? String(contentsOfFile: capture + ".err", encoding: .utf8)) ?? ""
            throw ClientError(description: ".ci/postgres \(arguments.joined(separator: " ")): \(errors)")
        }
        return output
    }
}
