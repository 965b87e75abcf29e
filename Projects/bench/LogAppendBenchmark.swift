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
                        var i = 0
                        while ContinuousClock.now < deadline {
                            _ = try await log.commit(Self.append(writer: writer, index: i))
                            appends.add()
                            i += 1
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let syncs = (log as? FileEventLog)?.syncCount ?? 0
        await LogFactory.close(log)
        return Measurement(
            name: name, value: Double(appends.value) / elapsed, unit: "appends/s",
            details: [
                "appends": .int(appends.value), "seconds": .double(Measurement.rounded(elapsed)),
                "cpuSeconds": .double(Measurement.rounded(cpu)),
                "appendsPerSync": .double(Measurement.rounded(Double(appends.value) / Double(max(syncs, 1)))),
                "writers": .int(writers),
            ])
    }

    /// One deposit event in a stream of the writer's own, so writers never conflict.
    static func append(writer: Int, index: Int) -> ChangeSet {
        let command = Fixtures.command("DepositMoney", ["accountId": .string("w\(writer)"), "amount": 1])
        let event = ChangeSet.NewEvent(
            id: command.id.derived("event-0"), type: "MoneyDeposited", streamID: "account-w\(writer)",
            payload: ["id": .string("w\(writer)"), "amount": 1])
        return ChangeSet(command: command, events: [event])
    }
}
