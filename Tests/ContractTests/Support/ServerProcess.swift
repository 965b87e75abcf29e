import Foundation
import Glibc
import TestSupport
import Testing

/// The product under test (`ProductUnderTest`, gql-inprocess by default) run as a real child process on a free port, spoken to over sockets.
///
/// Killed with SIGKILL when the test drops it, so a failing test never leaves a server behind.
final class ServerProcess {
    let process = Process()
    private(set) var port = 0
    /// The first line on stdout: `listening on http://HOST:PORT`.
    private(set) var listeningLine = ""
    private let output = Pipe()
    // A file, not a pipe: a server that logs much must never block on a full pipe nobody reads.
    private let errorPath = FileManager.default.temporaryDirectory.appendingPathComponent("gql-\(UUID()).err").path
    private let watchdog: DispatchWorkItem

    /// The product built next to the test bundle (the test target depends on it, so `swift test` builds it).
    static var executable: URL {
        let me = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent(ProductUnderTest.current.name)
    }

    /// Starts the server with `arguments` (storage flags said in the product's own, plus `--port 0`
    /// unless they name a port) and waits for its listening line. - Throws: when it exits or says nothing within `timeLimit` seconds.
    init(_ arguments: [String] = ["--ephemeral"], environment: [String: String] = [:], timeLimit: Double = 90) throws {
        // A server competes for the two cores with whatever runs beside it: its timeouts, and the
        // timings that tests assert on it, hold only when it runs alone among the heavy tests.
        if !ExclusiveSection.isHeld {
            Issue.record("A test that starts a server must be in ExclusiveSection: add `.exclusive` to its suite.")
        }
        process.executableURL = Self.executable
        let arguments = try ProductUnderTest.current.arguments(arguments)
        process.arguments = arguments.contains("--port") ? arguments : arguments + ["--port", "0"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: errorPath)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let process = process
        // A hung server must fail the test, not hang it.
        watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog)
        port = try readListeningLine()
    }

    deinit {
        watchdog.cancel()
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: errorPath)
    }

    /// The first stdout line, which must be `listening on http://127.0.0.1:PORT`.
    private func readListeningLine() throws -> Int {
        var text = ""
        while !text.contains("\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty {
                process.waitUntilExit()
                throw ClientError(description: "the server exited (\(process.terminationStatus)): \(errorText())")
            }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let line = String(text.prefix { $0 != "\n" })
        listeningLine = line
        guard line.hasPrefix("listening on http://"), let port = Int(line.split(separator: ":").last ?? "") else {
            throw ClientError(description: "unexpected first line: \(line)")
        }
        return port
    }

    /// What the server has written to stderr.
    func errorText() -> String {
        (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
    }

    func signal(_ number: Int32) { kill(process.processIdentifier, number) }

    /// Waits for the exit and answers its status (a signal's death is 128 + the signal).
    func waitForExit() -> Int32 {
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
    }

    /// Sends `request` on a new connection and reads its answer.
    func send(_ request: [UInt8]) throws -> HTTPAnswer {
        let connection = try RawConnection(port: port)
        try connection.send(request)
        return try connection.readResponse()
    }

    func get(_ path: String, headers: [(String, String)] = []) throws -> HTTPAnswer {
        try send(HTTPText.request("GET", path, headers: headers))
    }

    /// Polls `/ready` until it answers 200.
    func waitUntilReady(seconds: Double = 20) throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try get("/ready").status == 200 { return }
            usleep(20_000)
        }
        throw ClientError(description: "/ready did not answer 200 within \(seconds) s")
    }
}

/// Request bytes, written by hand so tests can also write them wrong.
enum HTTPText {
    static func request(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8]? = nil,
        close: Bool = false
    ) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        if close { head += "Connection: close\r\n" }
        return Array((head + "\r\n").utf8) + (body ?? [])
    }
}

/// A fresh folder for a data directory, removed when the test drops it.
final class TemporaryDirectory {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("gql-\(UUID().uuidString)").path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
