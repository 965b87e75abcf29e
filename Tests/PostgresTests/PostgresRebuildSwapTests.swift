import Functions
import LOW
import Postgres
import Runtime
import Synchronization
import TestSupport
import Testing

/// How a rebuild's tables replace the live read model: partitions swapped in one transaction,
/// readers never seeing a mix, the result a fold from position 0, and the tables' migration.
@Suite(.tags(.postgres), TestDatabase.enabled, .exclusive)
struct PostgresRebuildSwapTests {
    static let accounts = PostgresRebuildTests.accounts

    /// The partitions of `parent` in the test's schema, by name, with their bounds.
    static func partitions(of parent: String, on connection: PostgresConnection) async throws -> [String: String] {
        let rows = try await connection.query(
            "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i JOIN pg_class c "
                + "ON c.oid = i.inhrelid WHERE i.inhparent = $1::regclass", [parent])
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] ?? "", $0[1] ?? "") })
    }

    /// Every account row as the log folded from position 0 leaves it, in creation order.
    static func foldedAccounts(_ events: PostgresEventStore) async throws -> [Value] {
        let fold = accounts.foldInMemory()
        fold.apply(try await events.read(after: 0, limit: 1_000_000, filter: .all)[...])
        return fold.rows.map(\.value)
    }

    @Test func readersDuringARebuildSeeTheOldRowsOrTheNewNeverAMix() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            for n in 0..<300 {
                _ = try await node.send("OpenAccount", ["owner": .string("owner-\(n)"), "initialDeposit": 10])
            }
            let rebuilt = try await PostgresRebuildTests.accountRows(node.readModels)
            // The live rows differ from what a rebuild makes: one more, and one changed.
            try await schema.withConnection { connection in
                _ = try await connection.query(
                    "INSERT INTO cqrs_rows (table_name, id, data) VALUES ('accounts', 'ghost', $1)",
                    [PostgresText.json(rebuilt[0])])
                _ = try await connection.query(
                    "UPDATE cqrs_rows SET data = $1 WHERE table_name = 'accounts' AND id = $2",
                    [PostgresText.json(rebuilt[1]), try #require(rebuilt[0]["id"]?.stringValue)])
            }
            let live = try await PostgresRebuildTests.accountRows(node.readModels)
            #expect(live != rebuilt)
            let finished = Flag()
            let rebuild = Task {
                defer { finished.set() }
                return try await PostgresRebuild(
                    projector: Self.accounts, database: PostgresRebuildTests.database(schema), batchSize: 50
                ).run()
            }
            var sawOld = 0
            while true {
                // Read after the flag: a read once the rebuild has finished must see the new rows.
                let wasFinished = finished.isSet
                let seen = try await PostgresRebuildTests.accountRows(node.readModels)
                #expect(seen == live || seen == rebuilt)
                if seen == live { sawOld += 1 }
                if wasFinished { break }
            }
            _ = try await rebuild.value
            #expect(sawOld > 0)
            #expect(try await PostgresRebuildTests.accountRows(node.readModels) == rebuilt)
            await node.stop()
        }
    }

    @Test func aRebuildWhileALiveProjectorWritesEndsEqualToAFoldFromPositionZero() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            var ids: [String] = []
            for n in 0..<20 {
                let opened = try await node.send("OpenAccount", ["owner": .string("owner-\(n)"), "initialDeposit": 5])
                ids.append(try #require(opened.row?["id"]?.stringValue))
            }
            // Openings and deposits keep the live runner writing through both rebuilds; the second
            // replaces the partition the first attached.
            let writes = Task { [ids] in
                for n in 0..<150 {
                    if n % 10 == 0 {
                        _ = try await node.send("OpenAccount", ["owner": .string("late-\(n)")])
                    } else {
                        _ = try await node.send("DepositMoney", ["accountId": .string(ids[n % 20]), "amount": 1])
                    }
                }
            }
            for _ in 0..<2 {
                _ = try await PostgresRebuild(
                    projector: Self.accounts, database: PostgresRebuildTests.database(schema), batchSize: 30
                ).run()
            }
            try await writes.value
            let last = try await node.send("DepositMoney", ["accountId": .string(ids[0]), "amount": 1])
            #expect(last.row != nil)
            #expect(try await PostgresRebuildTests.accountRows(node.readModels) == Self.foldedAccounts(node.events))
            try await schema.withConnection { connection in
                let bounds = try await Self.partitions(of: "cqrs_rows", on: connection)
                #expect(bounds.values.filter { $0 == "FOR VALUES IN ('accounts')" }.count == 1)
                let keyBounds = try await Self.partitions(of: "cqrs_row_keys", on: connection)
                #expect(keyBounds.values.filter { $0 == "FOR VALUES IN ('accounts')" }.count == 1)
                // The DEFAULT partitions say they hold no account row, which spares ATTACH their scan.
                let checks = try await connection.query(
                    "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
                        + "WHERE conname LIKE 'cqrs_row%_default_not_accounts' AND convalidated ORDER BY 1")
                #expect(checks.map { $0[0] } == ["cqrs_row_keys_default", "cqrs_rows_default"])
                #expect(checks.map { $0[1] } == Array(repeating: "CHECK ((table_name <> 'accounts'::text))", count: 2))
                // The first rebuild's partitions went with the second swap.
                let orphans = try await connection.query(
                    "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                        + "AND relkind = 'r' AND NOT relispartition AND relname LIKE 'cqrs_row%'")
                #expect(orphans.isEmpty)
            }
            await node.stop()
        }
    }

    @Test func tablesAFailedRebuildLeftBehindAreDroppedByTheNext() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            _ = try await node.send("OpenAccount", ["owner": "ada"])
            await node.stop()
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE cqrs_rows_accounts_0123456789ab (LIKE cqrs_rows)")
                _ = try await connection.query("CREATE TABLE cqrs_row_keys_accounts_0123456789ab (LIKE cqrs_row_keys)")
                // Another read model's name that the pattern must not take for this one's.
                _ = try await connection.query("CREATE TABLE cqrs_rows_accounts_x_0123456789ab (LIKE cqrs_rows)")
            }
            _ = try await PostgresRebuild(projector: Self.accounts, database: PostgresRebuildTests.database(schema))
                .run()
            try await schema.withConnection { connection in
                let left = try await connection.query(
                    "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
                        + "AND relkind = 'r' AND NOT relispartition AND relname LIKE 'cqrs_row%' ORDER BY relname")
                #expect(left.map { $0[0] } == ["cqrs_rows_accounts_x_0123456789ab"])
            }
        }
    }
}

/// A flag one task sets and another reads without waiting.
private final class Flag: Sendable {
    private let value = Atomic(false)

    func set() { value.store(true, ordering: .releasing) }
    var isSet: Bool { value.load(ordering: .acquiring) }
}

extension PostgresRebuildSwapTests {
    @Test func aSwapWaitsOutAReaderThatHoldsTheReadModelsLongerThanItsLockAttempts() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            _ = try await node.send("OpenAccount", ["owner": "ada"])
            let expected = try await PostgresRebuildTests.accountRows(node.readModels)
            await node.stop()
            let reader = try await schema.connect()
            // An open transaction that read the rows holds them until it ends: each of the swap's
            // lock attempts (200 ms) times out meanwhile.
            _ = try await reader.query("BEGIN")
            _ = try await reader.query("SELECT count(*) FROM cqrs_rows")
            let rebuild = Task {
                try await PostgresRebuild(projector: Self.accounts, database: PostgresRebuildTests.database(schema))
                    .run()
            }
            try await Task.sleep(for: .milliseconds(1_000))
            _ = try await reader.query("COMMIT")
            await reader.close()
            let report = try await rebuild.value
            #expect(report.rows == 1)
            try await schema.withConnection { connection in
                let bounds = try await Self.partitions(of: "cqrs_rows", on: connection)
                #expect(bounds.values.contains("FOR VALUES IN ('accounts')"))
            }
            let check = try await PostgresNode.start(in: schema)
            #expect(try await PostgresRebuildTests.accountRows(check.readModels) == expected)
            await check.stop()
        }
    }
}
