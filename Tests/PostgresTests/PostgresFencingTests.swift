import Functions
import LOW
import Postgres
import Runtime
import ShellTesting
import Testing

/// The read-model store's fence: a checkpoint moves only forward, in the row's transaction, so
/// two runners of one projector never apply an event twice.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresFencingTests {
    @Test func aSaveAtOrBelowTheCheckpointWritesNothingAndSaysTheCheckpointMoved() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresReadModelStoreTests.store(in: schema)
            let ada = ContractRow(id: "a", name: "Ada")
            try await store.save(ada, id: "a", of: ContractRow.self, projector: "p", position: 5)
            let stale = ContractRow(id: "a", name: "Stale")
            await #expect(throws: ReadModelError.checkpointMoved(projector: "p", position: 5)) {
                try await store.save(stale, id: "a", of: ContractRow.self, projector: "p", position: 5)
            }
            await #expect(throws: ReadModelError.checkpointMoved(projector: "p", position: 4)) {
                try await store.advance("p", to: 4)
            }
            #expect(try await store.row(ContractRow.self, id: "a") == ada)
            #expect(try await store.checkpoint(of: "p") == 5)
            #expect(try await store.checkpoints(of: ["p", "q"]) == ["p": 5, "q": 0])
            await store.pool.close()
        }
    }

    @Test func twoRunnersOfOneProjectorNeverDoubleCountABalance() async throws {
        try await TestDatabase.withSchema { schema in
            let events = PostgresEventStore(pool: PostgresPool(connections: [try await schema.connect()]))
            try await events.start()
            let accounts = try await Self.openAccounts(3, depositing: 40, into: events)
            let head = try await events.head()
            // Two processes that both believe they own the projector, from the same checkpoint.
            let stores = [
                try await PostgresReadModelStoreTests.store(in: schema),
                try await PostgresReadModelStoreTests.store(in: schema),
            ]
            let fenced = try await withThrowingTaskGroup(of: Int.self) { group in
                for store in stores {
                    group.addTask { try await Self.project(events, into: store, until: head) }
                }
                return try await group.reduce(0, +)
            }
            for (id, expected) in accounts {
                #expect(try await stores[0].row(Account.self, id: id)?.balance == expected)
            }
            #expect(try await stores[0].checkpoint(of: AccountProjector.meta.name) == head)
            print("two runners of one projector: the fence stopped one \(fenced) times")
            for store in stores { await store.pool.close() }
            await events.pool.close()
        }
    }

    /// Runs the account projector into `store` until it has passed `head`, starting again from the
    /// store's checkpoint each time the fence stops it, as `LeasedRunner` does.
    /// - Returns: how often the fence stopped it.
    static func project(_ events: PostgresEventStore, into store: PostgresReadModelStore, until head: Int64)
        async throws -> Int
    {
        var fenced = 0
        let board = ProgressBoard(participants: [AccountProjector.meta.name])
        while true {
            let runner = ProjectionRunner(
                projector: AnyProjector(AccountProjector()), events: events, readModels: store, board: board,
                batchSize: 7)
            let task = Task { try await runner.run() }
            let ended = Task {
                try await board.wait(until: head)
                task.cancel()
            }
            do {
                try await task.value
                ended.cancel()
                return fenced
            } catch ReadModelError.checkpointMoved {
                ended.cancel()
                fenced += 1
                if try await store.checkpoint(of: AccountProjector.meta.name) >= head { return fenced }
            }
        }
    }

    /// Opens `count` accounts and makes `deposits` deposits of 1 to 9 into them, through the
    /// handlers alone (no runtime). - Returns: each account's expected balance.
    static func openAccounts(_ count: Int, depositing deposits: Int, into events: PostgresEventStore)
        async throws -> [String: Int]
    {
        var balances: [String: Int] = [:]
        for n in 0..<count {
            let outcome = try await run("OpenAccount", ["owner": .string("o\(n)"), "initialDeposit": 100], events)
            guard case .accepted(let opened) = outcome, let event = opened.first,
                let id = try AccountEvent(recorded: event)?.accountID
            else {
                throw Unexpected(outcome: outcome)
            }
            balances[id] = 100
        }
        let ids = balances.keys.sorted()
        for n in 0..<deposits {
            let id = ids[n % ids.count]
            let amount = n % 9 + 1
            _ = try await run("DepositMoney", ["accountId": .string(id), "amount": .int(amount)], events)
            balances[id, default: 0] += amount
        }
        return balances
    }

    static func run(_ name: String, _ payload: Value, _ events: PostgresEventStore) async throws -> Outcome {
        let handler = try #require(Domain.catalog.handler(for: name))
        return try await handler.execute(
            CommandEnvelope(id: .random(), name: name, payload: payload, issuedAt: .now()), store: events)
    }

    struct Unexpected: Error {
        var outcome: Outcome
    }
}
