import LOW
import Postgres
import ShellTesting
import Testing

/// Read models in PostgreSQL pass the same contract as the in-memory store.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresReadModelStoreTests {
    static func store(in schema: TestSchema) async throws -> PostgresReadModelStore {
        let store = PostgresReadModelStore(pool: PostgresPool(connections: [try await schema.connect()]))
        try await store.start()
        return store
    }

    @Test(arguments: ReadModelStoreContract.checks.map(\.name))
    func passesTheReadModelStoreContract(_ check: String) async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await Self.store(in: schema)
            do {
                try await ReadModelStoreContract.run(check, on: store)
            } catch {
                await store.pool.close()
                throw error
            }
            await store.pool.close()
        }
    }

    @Test func aSaveThatFailsLeavesTheRowAndTheCheckpointAsTheyWere() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await Self.store(in: schema)
            let ada = ContractRow(id: "a", name: "Ada", email: "ada@x.io")
            try await store.save(ada, id: "a", of: ContractRow.self, projector: "p", position: 1)
            // A checkpoint that cannot be stored (a CHECK fails inside the same transaction) must
            // take the row's change with it: the row and its keys are written only with the checkpoint.
            try await store.pool.withConnection { connection in
                _ = try await connection.query("ALTER TABLE cqrs_checkpoints ADD CHECK (position < 2)")
            }
            let moved = ContractRow(id: "a", name: "Ada", email: "lovelace@x.io")
            await #expect(throws: PostgresError.self) {
                try await store.save(moved, id: "a", of: ContractRow.self, projector: "p", position: 2)
            }
            #expect(try await store.row(ContractRow.self, id: "a") == ada)
            #expect(try await store.row(ContractRow.self, index: "email", key: "ada@x.io") == ada)
            #expect(try await store.checkpoint(of: "p") == 1)
            await store.pool.close()
        }
    }

    @Test func theEventStoreAndTheReadModelsMigrateApartInOneSchema() async throws {
        try await TestDatabase.withSchema { schema in
            let readModels = try await Self.store(in: schema)
            let events = PostgresEventStore(pool: PostgresPool(connections: [try await schema.connect()]))
            try await events.start()
            try await readModels.start()
            let components = try await events.pool.withConnection { connection in
                try await connection.query("SELECT component, version FROM cqrs_migrations ORDER BY component, version")
            }
            let expected =
                PostgresEventStore.migrations.map { ["event-store", String($0.version)] as [String?] }
                + PostgresReadModelStore.migrations.map { ["read-models", String($0.version)] as [String?] }
            #expect(components.map { [$0[0], $0[1]] } == expected)
            await readModels.pool.close()
            await events.pool.close()
        }
    }
}
