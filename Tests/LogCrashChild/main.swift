// The child of the file log's crash test (InProcessTests/Store/FileLog/FileEventLogCrashTests):
// appends to the log in the directory given as its argument from many tasks at once, and after each
// acknowledged (durable) commit prints `ack <command id> <first position> <event count>` on stdout,
// until its parent kills it with SIGKILL.
import Glibc
import InProcess
import LOW

/// Writes one whole line to stdout with a single write(2): lines under PIPE_BUF never interleave.
func say(_ line: String) {
    var bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress, $0.count) }
}

guard CommandLine.arguments.count == 2 else {
    say("usage: LogCrashChild DIRECTORY")
    exit(2)
}
let log = try FileEventLog.open(directory: CommandLine.arguments[1])
say("ready \(try await log.head())")
let run = ID.random()

try await withThrowingTaskGroup(of: Void.self) { group in
    for writer in 0..<16 {
        group.addTask {
            let stream = "writer-\(writer)"
            var sequence = 0
            while true {
                sequence += 1
                let command = CommandEnvelope(
                    id: run.derived("\(writer)-\(sequence)"), name: "Append", payload: ["n": .int(sequence)],
                    issuedAt: Timestamp(microseconds: 0))
                let version = try await log.events(inStream: stream, after: 0).count
                let count = 1 + sequence % 3
                let events = (0..<count).map { index in
                    ChangeSet.NewEvent(
                        id: command.id.derived("event-\(index)"), type: "Appended", streamID: stream,
                        payload: ["n": .int(sequence), "i": .int(index)])
                }
                let changes = ChangeSet(command: command, events: events, expectedVersions: [stream: .exactly(version)])
                let recorded = try await log.commit(changes)
                say("ack \(command.id) \(recorded[0].position) \(recorded.count)")
            }
        }
    }
    try await group.waitForAll()
}
