import InProcess
import LOW

/// `log.append.<n>writer(s)`: durable appends per second to the file log in a fresh directory,
/// each append one commit of one event, from `writers` concurrent tasks for about `duration`.
/// With one writer every append waits for its own fsync; with many, the log can commit
/// concurrent appends together.
struct LogAppendBenchmark {
    var writers: Int
    var duration: Duration = .seconds(2)

    var name: String { writers == 1 ? "log.append.1writer" : "log.append.\(writers)writers" }

    func run() async throws -> Measurement {
        let directory = try TemporaryDirectory(prefix: "bench-log")
        defer { directory.remove() }
        let log = try LogFactory.open(directory.path)
        let appends = Counter()
        let deadline = ContinuousClock.now + duration
        let (elapsed, cpu) = try await timed {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        var appender = Appender(writer: writer)
                        while ContinuousClock.now < deadline {
                            _ = try await log.commit(appender.next())
                            appends.add()
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let syncs = (log as? FileEventLog)?.syncCount ?? 0
        await log.stop()
        return Measurement(
            name: name, value: Double(appends.value) / elapsed, unit: "appends/s",
            details: [
                "appends": .int(appends.value), "seconds": .double(Measurement.rounded(elapsed)),
                "cpuSeconds": .double(Measurement.rounded(cpu)),
                "appendsPerSync": .double(Measurement.rounded(Double(appends.value) / Double(max(syncs, 1)))),
                "writers": .int(writers),
            ])
    }
}

/// One writer's appends: each a new command (fresh id) with one deposit event in a stream of the
/// writer's own, so writers never conflict.
///
/// What is measured is the log, so what a client would have made anyway is made cheaply: payloads
/// are built once, and command ids come from a generator seeded once from the system's, not from
/// two `getrandom` calls per append. Event ids still derive from the command id as the executor's do.
struct Appender {
    private var ids: SplitMix64
    private let command: Value
    private let event: Value
    private let stream: String

    init(writer: Int) {
        var system = SystemRandomNumberGenerator()
        ids = SplitMix64(seed: system.next())
        command = ["accountId": .string("w\(writer)"), "amount": 1]
        event = ["id": .string("w\(writer)"), "amount": 1]
        stream = "account-w\(writer)"
    }

    mutating func next() -> ChangeSet {
        let command = CommandEnvelope(
            id: .random(using: &ids), name: "DepositMoney", payload: command, issuedAt: Fixtures.start)
        let event = ChangeSet.NewEvent(
            id: command.id.derived("event-0"), type: "MoneyDeposited", streamID: stream, payload: event)
        return ChangeSet(command: command, events: [event])
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a fast generator for ids that only need to be distinct.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
