import Functions
import LOW
import Postgres
import Testing

/// The read models' migrations on a database that already holds rows.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresReadModelMigrationTests {
    static func customer(_ id: String) -> String {
        PostgresText.json(Customer(id: id, email: "\(id)@example.com", invited: true, invitedAt: nil).value)
    }

    @Test func partitioningByTableKeepsEveryRowItsKeysItsOrderAndTheCheckpoints() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                let first = try #require(PostgresReadModelStore.migrations.first)
                _ = try await PostgresMigrator.migrate(connection, [first], of: "read-models")
                // Rows as version 1 stored them, created in the order c, a, b.
                for id in ["c", "a", "b"] {
                    _ = try await connection.query(
                        "INSERT INTO cqrs_rows (table_name, id, data) VALUES ('customers', $1, $2)",
                        [id, Self.customer(id)])
                    _ = try await connection.query(
                        "INSERT INTO cqrs_row_keys (table_name, index_name, key, id) VALUES ('customers', 'email', $1, $2)",
                        ["\(id)@example.com", id])
                }
                _ = try await connection.query("INSERT INTO cqrs_checkpoints (projector, position) VALUES ('p', 7)")
                let applied = try await PostgresMigrator.migrate(
                    connection, PostgresReadModelStore.migrations, of: "read-models")
                #expect(applied == PostgresReadModelStore.migrations.dropFirst().map(\.version), "every one after 1")
                let kinds = try await connection.query(
                    "SELECT relname, relkind FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                        + "AND relname IN ('cqrs_rows', 'cqrs_row_keys') ORDER BY relname")
                #expect(kinds.map { $0[1] } == ["p", "p"])
            }
            let store = PostgresReadModelStore(pool: PostgresPool(connections: [try await schema.connect()]))
            try await store.start()
            #expect(try await store.rows(Customer.self, after: nil, first: 10).map(\.id) == ["c", "a", "b"])
            #expect(try await store.row(Customer.self, index: Customer.emailIndex, key: "a@example.com")?.id == "a")
            #expect(try await store.checkpoint(of: "p") == 7)
            // The store goes on writing through the parents.
            let d = Customer(id: "d", email: "d@example.com", invited: true, invitedAt: nil)
            try await store.save(d, id: "d", of: Customer.self, projector: "p", position: 8)
            #expect(try await store.rows(Customer.self, after: "a", first: 10).map(\.id) == ["b", "d"])
            #expect(try await store.row(Customer.self, index: Customer.emailIndex, key: "d@example.com") == d)
            await store.pool.close()
        }
    }
}
