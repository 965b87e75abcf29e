import LOW

/// The two tables a rebuild fills for one read model, `cqrs_rows_<table>_<suffix>` and
/// `cqrs_row_keys_<table>_<suffix>`, and their swap into `cqrs_rows` and `cqrs_row_keys` as
/// the read model's partitions (migration 2 of the read models).
///
/// Names written into SQL text are the program's own: the read model's table name, which must be
/// a plain identifier (`PostgresIdentifier`), and a random hexadecimal suffix.
struct RebuildTables: Sendable {
    /// The read model's table (the partitions' `table_name`).
    let table: String
    let rows: String
    let keys: String

    /// The longest table name whose tables' names fit PostgreSQL's 63 bytes.
    static let longestTableName = 63 - "cqrs_row_keys__".utf8.count - 12

    /// New names for a rebuild of `table`, or nil when `table` cannot be written into SQL as is.
    init?(table: String) {
        guard PostgresIdentifier.isPlain(table), table.utf8.count <= Self.longestTableName else { return nil }
        let suffix = String(UInt64.random(in: 0...0xffff_ffff_ffff), radix: 16)
        let padded = String(repeating: "0", count: 12 - suffix.utf8.count) + suffix
        self.table = table
        rows = "cqrs_rows_\(table)_\(padded)"
        keys = "cqrs_row_keys_\(table)_\(padded)"
    }

    /// Drops the tables an earlier rebuild of `table` left unattached (its process died before
    /// the swap). The caller holds the rebuild lock of `table`, so none of them is in use.
    static func dropLeftovers(of table: String, on connection: PostgresConnection) async throws {
        let leftovers = try await connection.query(
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' "
                + "AND NOT relispartition AND (relname ~ $1 OR relname ~ $2)",
            ["^cqrs_rows_\(table)_[0-9a-f]{12}$", "^cqrs_row_keys_\(table)_[0-9a-f]{12}$"])
        for leftover in leftovers {
            // Matched the pattern above: a plain identifier.
            guard let name = leftover[0], PostgresIdentifier.isPlain(name) else { continue }
            _ = try await connection.query("DROP TABLE IF EXISTS \(name)")
        }
    }

    /// Makes both tables and fills them, each on its own connection, at once: rows by COPY into a
    /// table without indexes (in the transaction that made it, so `FREEZE` applies), then the
    /// indexes built in one sort each, far cheaper than an index insert per row.
    func load(
        _ folded: [FoldedRow], rowsOn rowsConnection: PostgresConnection, keysOn keysConnection: PostgresConnection
    ) async throws {
        async let rowsLoaded: Void = { [rows] in
            try await rowsConnection.transaction { transaction in
                _ = try await transaction.query(
                    "CREATE TABLE \(rows) (LIKE cqrs_rows INCLUDING DEFAULTS, CHECK (table_name = '\(table)')) "
                        + "WITH (autovacuum_enabled = false)")
                _ = try await transaction.copy("COPY \(rows) (table_name, id, data) FROM STDIN (FREEZE)") { writer in
                    try await RebuildCopyText.rows(folded[...], of: table) { try await writer.send($0) }
                }
                _ = try await transaction.query("ALTER TABLE \(rows) ADD PRIMARY KEY (table_name, id)")
                _ = try await transaction.query("CREATE INDEX ON \(rows) (table_name, created)")
            }
            try await Self.vacuum(rows, on: rowsConnection)
        }()
        async let keysLoaded: Void = { [keys] in
            try await keysConnection.transaction { transaction in
                _ = try await transaction.query(
                    "CREATE TABLE \(keys) (LIKE cqrs_row_keys INCLUDING DEFAULTS, CHECK (table_name = '\(table)')) "
                        + "WITH (autovacuum_enabled = false)")
                let owned = RebuildKey.keys(of: folded[...])
                _ = try await transaction.copy("COPY \(keys) (table_name, index_name, key, id) FROM STDIN (FREEZE)") {
                    writer in
                    try await RebuildCopyText.keys(owned, of: table) { try await writer.send($0) }
                }
                _ = try await transaction.query("ALTER TABLE \(keys) ADD PRIMARY KEY (table_name, index_name, key)")
                _ = try await transaction.query("CREATE INDEX ON \(keys) (table_name, id)")
            }
            try await Self.vacuum(keys, on: keysConnection)
        }()
        _ = try await (rowsLoaded, keysLoaded)
    }

    /// Vacuums and analyzes a loaded table (quick: its rows are frozen). Otherwise autovacuum
    /// would take it for its new rows soon after the swap turns autovacuum on, and the next swap
    /// would wait for it; and the planner has the partition's statistics from the start.
    private static func vacuum(_ table: String, on connection: PostgresConnection) async throws {
        _ = try await connection.query("VACUUM (ANALYZE) \(table)")
    }

    /// Writes into the new tables what events folded after `load` changed: `changed` rows (new
    /// ones are created after every loaded row, as the fold orders them) and `removed` ids.
    func write(changed: [FoldedRow], removed: [String], on connection: PostgresConnection) async throws {
        let ids = changed.map(\.id) + removed
        guard !ids.isEmpty else { return }
        _ = try await connection.query("DELETE FROM \(keys) WHERE id = ANY($1::text[])", [PostgresText.array(ids)])
        if !removed.isEmpty {
            _ = try await connection.query(
                "DELETE FROM \(rows) WHERE id = ANY($1::text[])", [PostgresText.array(removed)])
        }
        guard !changed.isEmpty else { return }
        _ = try await connection.query(
            "INSERT INTO \(rows) (table_name, id, data) SELECT $1, u.id, u.data "
                + "FROM unnest($2::text[], $3::json[]) WITH ORDINALITY AS u(id, data, n) ORDER BY u.n "
                + "ON CONFLICT (table_name, id) DO UPDATE SET data = EXCLUDED.data",
            [
                table, PostgresText.array(changed.map(\.id)),
                PostgresText.array(changed.map { PostgresText.json($0.value) }),
            ])
        let keys = RebuildKey.keys(of: changed[...])
        guard !keys.isEmpty else { return }
        _ = try await connection.query(
            "INSERT INTO \(self.keys) (table_name, index_name, key, id) SELECT $1, u.index_name, u.key, u.id "
                + "FROM unnest($2::text[], $3::text[], $4::text[]) AS u(index_name, key, id) "
                + "ON CONFLICT (table_name, index_name, key) DO UPDATE SET id = EXCLUDED.id",
            [
                table, PostgresText.array(keys.map(\.index)), PostgresText.array(keys.map(\.key)),
                PostgresText.array(keys.map(\.id)),
            ])
    }

    /// Replaces the read model's rows and keys with the new tables, inside the caller's
    /// transaction: the partitions it had are detached and dropped (or, while it still lives in
    /// the DEFAULT partitions, its rows there deleted), and the new tables attached in their
    /// place. Their CHECK constraints prove the bound, so attaching them does not scan them.
    /// - Returns: when the parents were locked: every read model's readers wait from then on.
    func swapIn(on transaction: PostgresConnection) async throws -> ContinuousClock.Instant {
        var old: [String: String] = [:]
        for parent in ["cqrs_row_keys", "cqrs_rows"] {
            let current = try await transaction.query(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                    + "WHERE i.inhparent = $1::regclass AND pg_get_expr(c.relpartbound, c.oid) = $2",
                [parent, "FOR VALUES IN ('\(table)')"])
            if let partition = current.first?[0], PostgresIdentifier.isPlain(partition) {
                old[parent] = partition
            } else {
                // Before the parents are locked: readers go on reading these rows until the commit.
                _ = try await transaction.query("DELETE FROM \(parent) WHERE table_name = $1", [table])
            }
        }
        // The parents, and only the partitions the swap changes: autovacuum on another read
        // model's partition does not hold it up.
        let changed = ["cqrs_row_keys_default", "cqrs_rows_default"] + old.values.sorted()
        try await Self.lock(["cqrs_row_keys", "cqrs_rows"] + changed, on: transaction)
        let locked = ContinuousClock.now
        for (parent, new) in [("cqrs_row_keys", keys), ("cqrs_rows", rows)] {
            if let partition = old[parent] {
                _ = try await transaction.query("ALTER TABLE \(parent) DETACH PARTITION \(partition)")
                _ = try await transaction.query("DROP TABLE \(partition)")
            }
            _ = try await transaction.query("ALTER TABLE \(parent) ATTACH PARTITION \(new) FOR VALUES IN ('\(table)')")
            _ = try await transaction.query("ALTER TABLE \(new) RESET (autovacuum_enabled)")
        }
        return locked
    }

    /// Takes `tables` (both parents first) in ACCESS EXCLUSIVE mode before the partitions change,
    /// each without its partitions (a partition not named here is not waited for), so every
    /// statement on a read model waits for the swap's commit, then plans with the new partitions
    /// and reads with a snapshot that sees the new rows. Without it, a statement planned before
    /// the first swap of a read model could scan only the DEFAULT partition after its rows there
    /// were deleted, and see neither the old rows nor the new.
    ///
    /// Writers lock the two parents in either order, so waiting for both could deadlock: each
    /// attempt waits briefly inside a savepoint and, on a timeout, lets go of what it took
    /// (the transaction keeps the checkpoint lock and what it wrote) and tries again. Later
    /// attempts wait longer than `deadlock_timeout` (1 s by default), after which the server
    /// cancels an autovacuum that holds a partition, which it never does for a shorter wait.
    static func lock(_ tables: [String], on transaction: PostgresConnection, attempts: Int = 20) async throws {
        // Names of the program's own (plain identifiers), as everywhere in this type.
        let only = tables.map { "ONLY \($0)" }.joined(separator: ", ")
        for attempt in 1... {
            let timeout = attempt <= 3 ? "200ms" : "2s"
            _ = try await transaction.query("SELECT set_config('lock_timeout', $1, true)", [timeout])
            _ = try await transaction.query("SAVEPOINT cqrs_rebuild_lock")
            do {
                _ = try await transaction.query("LOCK TABLE \(only) IN ACCESS EXCLUSIVE MODE")
                _ = try await transaction.query("RELEASE SAVEPOINT cqrs_rebuild_lock")
                return
            } catch {
                // 55P03: the lock timed out; 40P01: this transaction was a deadlock's victim.
                guard attempt < attempts, error.sqlState == "55P03" || error.sqlState == "40P01" else { throw error }
                _ = try await transaction.query("ROLLBACK TO SAVEPOINT cqrs_rebuild_lock")
                try await Task.sleep(for: .milliseconds(10))
            }
        }
    }

    /// Adds to the DEFAULT partitions a validated CHECK that they hold no row of this read model,
    /// once it has partitions of its own. ATTACH then finds that it needs no scan of them to prove
    /// it, so later swaps hold the parents for moments, whatever the DEFAULT partitions hold.
    ///
    /// Outside the swap: adding the constraint (NOT VALID) takes the partition for a moment, and
    /// validating it scans the partition under a lock that lets readers and writers go on. Each
    /// gives up after a short wait (the next rebuild tries again): it only saves later swaps time.
    func excludeFromDefaults(on connection: PostgresConnection) async throws {
        for partition in ["cqrs_row_keys_default", "cqrs_rows_default"] {
            let constraint = "\(partition)_not_\(table)"
            let found = try await connection.query(
                "SELECT convalidated FROM pg_constraint WHERE conrelid = $1::regclass AND conname = $2",
                [partition, constraint])
            guard found.first?[0] != "t" else { continue }
            do {
                _ = try await connection.query("SELECT set_config('lock_timeout', '200ms', false)")
                if found.isEmpty {
                    _ = try await connection.query(
                        "ALTER TABLE \(partition) ADD CONSTRAINT \(constraint) CHECK (table_name <> '\(table)') NOT VALID"
                    )
                }
                _ = try await connection.query("ALTER TABLE \(partition) VALIDATE CONSTRAINT \(constraint)")
            } catch {
                guard error.sqlState == "55P03" else { throw error }
            }
        }
        _ = try await connection.query("SELECT set_config('lock_timeout', '0', false)")
    }

    /// Drops both tables (a rebuild that failed before its swap), unless they are partitions: a
    /// swap whose commit went through though its answer was lost leaves them live.
    func drop(on connection: PostgresConnection) async throws {
        let attached = try await connection.query(
            "SELECT 1 FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relispartition "
                + "AND relname IN ($1, $2)", [rows, keys])
        guard attached.isEmpty else { return }
        _ = try await connection.query("DROP TABLE IF EXISTS \(rows), \(keys)")
    }
}
