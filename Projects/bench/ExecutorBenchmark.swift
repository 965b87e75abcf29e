import Functions
import InProcess
import LOW

/// `executor.inmemory`: commands per second through the `Executor` (lookup, operate, commit)
/// with the in-memory event store, deposits spread over accounts by concurrent senders so that
/// they rarely conflict.
struct ExecutorBenchmark {
    var commands: Int
    var senders = 4
    var accounts = 1_000

    func run() async throws -> Measurement {
        let store = InMemoryEventStore()
        let ids = try await Fixtures.openAccounts(accounts, in: store)
        let deposit = AnyHandler(DepositMoneyHandler())
        let perSender = commands / senders
        // Commands are made before the clock starts: the executor is measured, not id generation.
        let work = (0..<senders).map { sender in
            (0..<perSender).map { i in Fixtures.deposit(to: ids[(sender + i * senders) % ids.count], amount: 1) }
        }
        let conflicts = Counter()
        let (elapsed, cpu) = try await timed {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for commands in work {
                    group.addTask {
                        for command in commands {
                            if case .conflict = try await deposit.execute(command, store: store) { conflicts.add() }
                        }
                    }
                }
                try await group.waitForAll()
            }
        }
        let total = perSender * senders
        return Measurement(
            name: "executor.inmemory", value: Double(total) / elapsed, unit: "commands/s",
            details: [
                "commands": .int(total), "seconds": .double(Measurement.rounded(elapsed)),
                "cpuSeconds": .double(Measurement.rounded(cpu)),
                "senders": .int(senders), "conflicts": .int(conflicts.value),
            ])
    }
}
