import Foundation
import InProcess
import LOW
import Synchronization
import TestSupport
import Testing

/// The file log under SIGKILL: a child process (`LogCrashChild`) appends from many tasks and prints
/// each acknowledged commit; it is killed at a random moment, again and again on the same log.
/// After every kill, each acknowledged commit must be in the log exactly once, where it was
/// acknowledged, with dense positions, and the log must take new commits.
@Suite(.exclusive)
struct FileEventLogCrashTests {
    /// What the child acknowledged: a commit's first position and its number of events.
    struct Ack: Equatable {
        var position: Int64
        var count: Int
    }

    static let rounds = 20

    @Test func everyAcknowledgedCommitSurvivesAKillExactlyOnce() async throws {
        let child = try #require(Self.childPath, "LogCrashChild is not built next to the test binary")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var acknowledged: [ID: Ack] = [:]
        var generator = SystemRandomNumberGenerator()
        var roundsWithAcks = 0
        for _ in 0..<Self.rounds {
            let delay = Int.random(in: 5...150, using: &generator)
            // The rounds wait in usleep and waitpid: off the cooperative pool, not starving it.
            let lines = try await offPool { try Self.runAndKill(child, directory.path, afterMilliseconds: delay) }
            let acks = try Self.parse(lines)
            if !acks.isEmpty { roundsWithAcks += 1 }
            for (id, ack) in acks { acknowledged[id] = ack }
            try await Self.expectIntact(directory.path, holding: acknowledged)
        }
        #expect(roundsWithAcks >= Self.rounds / 2, "the child acknowledged commits in \(roundsWithAcks) rounds")
    }

    /// Kills the child while it may still be creating the data directory, the file or its header
    /// (from 0 to 25 ms after it starts, not waiting for it to say ready): whatever it left must
    /// open as a log, keep every commit it acknowledged and take new ones.
    @Test func aKillDuringTheFirstStartLeavesALogThatOpens() async throws {
        let child = try #require(Self.childPath, "LogCrashChild is not built next to the test binary")
        let parent = try TemporaryDirectory()
        defer { parent.remove() }
        var generator = SystemRandomNumberGenerator()
        for round in 0..<Self.rounds {
            let directory = parent.path + "/data-\(round)"
            let delay = Int.random(in: 0...25_000, using: &generator)
            let lines = try await offPool {
                try Self.runAndKill(child, directory, afterMicroseconds: delay, waitingForReady: false)
            }
            try await Self.expectIntact(directory, holding: try Self.parse(lines))
        }
    }

    /// `LogCrashChild`, built beside the test binary (a dependency of the test target).
    static var childPath: String? {
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = binary.deletingLastPathComponent()
        // On Linux the tests run from `<build>/X.xctest`; elsewhere from inside a bundle.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("LogCrashChild").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// Starts the child on `directory`, kills it `milliseconds` after it reports ready, returns its lines.
    static func runAndKill(_ child: String, _ directory: String, afterMilliseconds milliseconds: Int) throws -> [String]
    {
        try runAndKill(child, directory, afterMicroseconds: milliseconds * 1000, waitingForReady: true)
    }

    /// Starts the child on `directory`, kills it `microseconds` after it starts (or after it
    /// reports ready), returns its lines.
    static func runAndKill(
        _ child: String, _ directory: String, afterMicroseconds microseconds: Int, waitingForReady: Bool
    )
        throws -> [String]
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: child)
        process.arguments = [directory]
        let pipe = Pipe()
        process.standardOutput = pipe
        let output = OutputCollector(pipe.fileHandleForReading)
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while waitingForReady, !output.hasLine(starting: "ready"), process.isRunning, Date() < deadline { usleep(1000) }
        usleep(useconds_t(microseconds))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return output.finish()
    }

    static func parse(_ lines: [String]) throws -> [ID: Ack] {
        var acks: [ID: Ack] = [:]
        for line in lines where line.hasPrefix("ack ") {
            let parts = line.split(separator: " ")
            let id = try #require(parts.count == 4 ? ID(String(parts[1])) : nil, "a malformed line: \(line)")
            acks[id] = Ack(position: try #require(Int64(parts[2])), count: try #require(Int(parts[3])))
        }
        return acks
    }

    static func expectIntact(_ directory: String, holding acknowledged: [ID: Ack]) async throws {
        let log = try FileEventLog.open(directory: directory)
        let all = try await log.read(after: 0, limit: Int.max, filter: .all)
        #expect(all.map(\.position) == (0..<Int64(all.count)).map { $0 + 1 }, "positions are dense and in order")
        #expect(Set(all.map(\.id)).count == all.count, "no event is stored twice")
        var perCommand: [ID: [RecordedEvent]] = [:]
        for event in all { perCommand[event.commandID, default: []].append(event) }
        for (id, ack) in acknowledged {
            let events = perCommand[id] ?? []
            #expect(events.count == ack.count, "acknowledged command \(id) has \(events.count) of \(ack.count) events")
            #expect(events.first?.position == ack.position, "command \(id) moved from position \(ack.position)")
        }
        let next = try await log.commit(
            ChangeSet(
                command: CommandEnvelope(
                    id: ID.random(), name: "Probe", payload: nil, issuedAt: Timestamp(microseconds: 0)),
                events: [.init(id: ID.random(), type: "Probed", streamID: "probe", payload: nil)]))
        #expect(next.first?.position == Int64(all.count + 1), "the log takes new commits after recovery")
        await log.close()
    }
}

/// Reads a child's stdout on a thread of its own, so the child never blocks on a full pipe.
final class OutputCollector: Sendable {
    private let text = Mutex<String>("")
    private let done = Mutex<Bool>(false)

    init(_ handle: FileHandle) {
        let collector = self
        let reader = Thread {
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                collector.text.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
            collector.done.withLock { $0 = true }
        }
        reader.start()
    }

    func hasLine(starting prefix: String) -> Bool { text.withLock { $0.contains(prefix) } }

    /// Waits for end of file and returns the whole lines read.
    func finish() -> [String] {
        while !done.withLock({ $0 }) { usleep(1000) }
        let all = text.withLock { $0 }
        var lines = all.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if !all.hasSuffix("\n"), !lines.isEmpty { lines.removeLast() }
        return lines
    }
}
