import Foundation

/// basic-inprocess run as a real child process, spoken to over its stdin and stdout.
final class ChildProcess {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let errors = Pipe()
    private var buffer = Data()
    private let watchdog: DispatchWorkItem

    /// The product built next to the test bundle (`swift build` builds it; CI does).
    static var executable: URL {
        let me = URL(
            fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
                ?? CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent("basic-inprocess")
    }

    init(_ arguments: [String], environment: [String: String] = [:], timeLimit: TimeInterval = 60) throws {
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // A hung child must fail the test, not hang it.
        let process = process
        watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit, execute: watchdog)
    }

    deinit { watchdog.cancel() }

    func send(_ line: String) { input.fileHandleForWriting.write(Data((line + "\n").utf8)) }

    /// Writes `bytes` and a newline as they are, valid UTF-8 or not.
    func send(bytes: [UInt8]) { input.fileHandleForWriting.write(Data(bytes + [UInt8(ascii: "\n")])) }

    /// The next line the child writes, `nil` at the end of its output.
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer = Data(buffer[buffer.index(after: newline)...])
                return line
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = Data() }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer.append(chunk)
        }
    }

    /// Closes stdin and answers the lines still to come with the exit status.
    func finish() -> (lines: [String], status: Int32, errors: String) {
        try? input.fileHandleForWriting.close()
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        process.waitUntilExit()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (lines, process.terminationStatus, errorText)
    }

    /// Runs the child over `lines` to the end of its input.
    static func run(_ arguments: [String], lines: [String], environment: [String: String] = [:]) throws
        -> (lines: [String], status: Int32, errors: String)
    {
        let child = try ChildProcess(arguments, environment: environment)
        for line in lines { child.send(line) }
        return child.finish()
    }
}

/// An answer line as JSON.
func decode(_ line: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
}
