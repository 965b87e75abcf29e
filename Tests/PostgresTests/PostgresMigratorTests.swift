import Postgres
import Testing

@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresMigratorTests {
    static let accounts = PostgresMigration(
        version: 1, name: "accounts", statements: ["CREATE TABLE account (id text PRIMARY KEY)"])
    static let balances = PostgresMigration(
        version: 2, name: "balances",
        statements: [
            "ALTER TABLE account ADD COLUMN balance int8 NOT NULL DEFAULT 0",
            "CREATE INDEX account_balance ON account (balance)",
        ])

    static func tables(_ connection: PostgresConnection) async throws -> Set<String> {
        let rows = try await connection.query(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        return Set(rows.compactMap { $0[0] })
    }

    @Test func appliesEachMigrationOnceInVersionOrder() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                let first = try await PostgresMigrator.migrate(connection, [Self.balances, Self.accounts])
                #expect(first == [1, 2])
                #expect(try await Self.tables(connection) == ["account", "cqrs_migrations"])
                _ = try await connection.query("INSERT INTO account (id, balance) VALUES ($1, $2)", ["a", "5"])
                let again = try await PostgresMigrator.migrate(connection, [Self.accounts, Self.balances])
                #expect(again.isEmpty)
                let rows = try await connection.query(
                    "SELECT version, name FROM cqrs_migrations WHERE component = 'main' ORDER BY version")
                #expect(rows.map { [$0[0], $0[1]] } == [["1", "accounts"], ["2", "balances"]])
            }
        }
    }

    @Test func processesStartingTogetherApplyEachMigrationOnce() async throws {
        try await TestDatabase.withSchema { schema in
            let connections = try await (0..<4).asyncMap { _ in try await schema.connect() }
            let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
                for connection in connections {
                    group.addTask { try await PostgresMigrator.migrate(connection, [Self.accounts, Self.balances]) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // Without the lock two sessions both see an empty history and the second CREATE fails.
            #expect(applied.filter { !$0.isEmpty } == [[1, 2]])
            for connection in connections { await connection.close() }
        }
    }

    @Test func aFailingMigrationIsRolledBackWholeAndStopsTheOnesAfterIt() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                let broken = PostgresMigration(
                    version: 2, name: "broken",
                    statements: ["CREATE TABLE half (id text)", "ALTER TABLE nowhere ADD COLUMN x int"])
                let later = PostgresMigration(version: 3, name: "later", statements: ["CREATE TABLE later (id text)"])
                await #expect {
                    try await PostgresMigrator.migrate(connection, [Self.accounts, broken, later])
                } throws: { ($0 as? PostgresError)?.sqlState == "42P01" }
                #expect(try await Self.tables(connection) == ["account", "cqrs_migrations"])
                let versions = try await connection.query("SELECT version FROM cqrs_migrations")
                #expect(versions.map { $0[0] } == ["1"])
                // The lock was released: a fixed migration list applies at once.
                let fixed = PostgresMigration(version: 2, name: "broken", statements: ["CREATE TABLE half (id text)"])
                #expect(try await PostgresMigrator.migrate(connection, [Self.accounts, fixed, later]) == [2, 3])
            }
        }
    }

    @Test func aDatabaseMigratedByANewerBinaryIsRefused() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await PostgresMigrator.migrate(connection, [Self.accounts, Self.balances])
                await #expect(throws: PostgresMigrator.Refusal.self) {
                    try await PostgresMigrator.migrate(connection, [Self.accounts])
                }
            }
        }
    }

    @Test func anAppliedVersionUnderAnotherNameIsRefused() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await PostgresMigrator.migrate(connection, [Self.accounts])
                let renamed = PostgresMigration(version: 1, name: "customers", statements: ["SELECT 1"])
                await #expect(throws: PostgresMigrator.Refusal.self) {
                    try await PostgresMigrator.migrate(connection, [renamed])
                }
            }
        }
    }

    @Test func aVersionGivenTwiceIsRefusedBeforeAnythingRuns() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                let twin = PostgresMigration(version: 1, name: "twin", statements: ["CREATE TABLE twin (id text)"])
                await #expect(throws: PostgresMigrator.Refusal.self) {
                    try await PostgresMigrator.migrate(connection, [Self.accounts, twin])
                }
                let tables = try await Self.tables(connection)
                #expect(tables.isEmpty)
            }
        }
    }
}

extension Sequence {
    /// `map` with an async transform, in order, one at a time.
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
