import LOW
import ShellTesting
import Testing

@testable import Postgres

/// The PostgreSQL event store passes the same contract as the in-memory store and the file log.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresEventStoreTests {
    /// A store over `connections` connections into `schema`, migrated.
    static func store(in schema: TestSchema, connections: Int = 4) async throws -> PostgresEventStore {
        var opened: [PostgresConnection] = []
        for _ in 0..<connections { opened.append(try await schema.connect()) }
        let store = PostgresEventStore(pool: PostgresPool(connections: opened), pollInterval: .milliseconds(2))
        try await store.start()
        return store
    }

    @Test(arguments: EventStoreContract.checks.map(\.name))
    func passesTheEventStoreContract(_ check: String) async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await Self.store(in: schema)
            do {
                try await EventStoreContract.run(check, on: store)
            } catch {
                await store.pool.close()
                throw error
            }
            await store.pool.close()
        }
    }

    @Test func aSecondStoreOnTheSameDatabaseSeesTheFirstOnesCommits() async throws {
        try await TestDatabase.withSchema { schema in
            let first = try await Self.store(in: schema, connections: 1)
            let second = try await Self.store(in: schema, connections: 1)
            let recorded = try await ContractFixtures.append(first, stream: "s")
            #expect(try await second.read(after: 0, limit: 10, filter: .all) == [recorded])
            let loaded = try await second.load(PositionsAggregate.self, stream: "s")
            #expect(loaded.version == 1)
            await first.pool.close()
            await second.pool.close()
        }
    }

    @Test func aCommitHeldOpenWithALowerPositionIsDeliveredBeforeTheOnesAfterIt() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await Self.store(in: schema)
            // A commit stopped half-way, as a slow transaction would be: positions taken, not committed.
            let held = try await schema.connect()
            _ = try await held.query("BEGIN")
            let early = try await PostgresEventStore.write(
                ContractFixtures.changes(ContractFixtures.command(), [("Early", "s")]), on: held)
            let later = Task {
                try await store.commit(ContractFixtures.changes(ContractFixtures.command(), [("Later", "t")]))
            }
            try await Task.sleep(for: .milliseconds(200))
            #expect(try await store.head() == 0, "nothing is visible while the first commit is open")
            #expect(try await store.read(after: 0, limit: 10, filter: .all).isEmpty)
            _ = try await held.query("COMMIT")
            let after = try await later.value
            let all = try await store.read(after: 0, limit: 10, filter: .all)
            #expect(all == early + after, "the held commit first, then the one that waited for it")
            #expect(early[0].position < after[0].position)
            await held.close()
            await store.pool.close()
        }
    }
}
