import Functions
import InProcess
import LOW
import Runtime

/// `log.replay`: events per second from the file log into the in-memory read models, the way
/// a product starts: open the log, then run the domain's projectors until they reach the head.
/// The log is written first with domain events: accounts opened, then deposits and withdrawals.
struct ReplayBenchmark {
    var events: Int
    var accounts = 1_000

    func run() async throws -> Measurement {
        let directory = try TemporaryDirectory(prefix: "bench-replay")
        defer { directory.remove() }
        try await write(into: directory.path)
        var head: Int64 = 0
        let (elapsed, cpu) = try await timed {
            let log = try LogFactory.open(directory.path)
            let shell = CatalogRuntime(catalog: Domain.catalog, events: log, readModels: InMemoryReadModelStore())
            let running = Task { try await shell.run() }
            try await shell.waitUntilReady()
            head = try await log.head()
            shell.shutdown()
            try await running.value
            await log.stop()
        }
        return Measurement(
            name: "log.replay", value: Double(head) / elapsed, unit: "events/s",
            details: [
                "events": .int(Int(head)), "seconds": .double(Measurement.rounded(elapsed)),
                "cpuSeconds": .double(Measurement.rounded(cpu)),
                "projectors": .int(Domain.catalog.projectors.count),
            ])
    }

    /// Domain events made by the real handlers in memory, copied to the file log in commits of
    /// up to 100 events, so that writing the fixture does not take an fsync per event.
    private func write(into directory: String) async throws {
        let memory = InMemoryEventStore()
        let ids = try await Fixtures.openAccounts(accounts, in: memory)
        let deposit = AnyHandler(DepositMoneyHandler())
        let withdraw = AnyHandler(WithdrawMoneyHandler())
        for i in 0..<(events - accounts) {
            let account = ids[i % ids.count]
            let command =
                i % 3 == 2
                ? Fixtures.command("WithdrawMoney", ["accountId": .string(account), "amount": 1])
                : Fixtures.deposit(to: account, amount: 2)
            _ = try await (i % 3 == 2 ? withdraw : deposit).execute(command, store: memory)
        }
        let log = try LogFactory.open(directory)
        var position: Int64 = 0
        while true {
            let batch = try await memory.read(after: position, limit: 100, filter: .all)
            guard let last = batch.last else { break }
            var changes = ChangeSet(command: Fixtures.command("Replay", [:]))
            changes.events = batch.map {
                ChangeSet.NewEvent(id: $0.id, type: $0.type, streamID: $0.streamID, payload: $0.payload)
            }
            _ = try await log.commit(changes)
            position = last.position
        }
        await log.stop()
    }
}
