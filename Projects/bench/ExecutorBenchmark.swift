import Functions
import InProcess
import LOW

/// `executor.inmemory`: commands per second through the `Executor` (lookup, operate, commit)
/// with the in-memory event store, deposits spread over accounts by concurrent senders so that
/// they rarely conflict.
struct ExecutorBenchmark {
    var commands: Int
    var senders = 8
    var accounts = 1_000

    func run() async throws -> Measurement {
        let store = InMemoryEventStore()
        let ids = try await Fixtures.openAccounts(accounts, in: store)
        let deposit = AnyHandler(DepositMoneyHandler())
        let perSender = commands / senders
        let conflicts = Counter()
        let elapsed = try await seconds {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for sender in 0..<senders {
                    group.addTask {
                        for i in 0..<perSender {
                            let account = ids[(sender + i * senders) % ids.count]
                            let outcome = try await deposit.execute(
                                Fixtures.deposit(to: account, amount: 1), store: store)
                            if case .conflict = outcome { conflicts.add() }
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
                "senders": .int(senders), "conflicts": .int(conflicts.value),
            ])
    }
}
