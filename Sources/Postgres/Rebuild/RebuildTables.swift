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
        async let rowsLoaded: Void = rowsConnection.transaction { transaction in
            _ = try await transaction.query(
                "CREATE TABLE \(rows) (LIKE cqrs_rows INCLUDING DEFAULTS, CHECK (table_name = '\(table)'))")
            _ = try await transaction.copy("COPY \(rows) (table_name, id, data) FROM STDIN (FREEZE)") { writer in
                try await RebuildCopyText.rows(folded[...], of: table) { try await writer.send($0) }
            }
            _ = try await transaction.query("ALTER TABLE \(rows) ADD PRIMARY KEY (table_name, id)")
            _ = try await transaction.query("CREATE INDEX ON \(rows) (table_name, created)")
        }
        async let keysLoaded: Void = keysConnection.transaction { transaction in
            _ = try await transaction.query(
                "CREATE TABLE \(keys) (LIKE cqrs_row_keys INCLUDING DEFAULTS, CHECK (table_name = '\(table)'))")
            let keys = RebuildKey.keys(of: folded[...])
            _ = try await transaction.copy(
                "COPY \(self.keys) (table_name, index_name, key, id) FROM STDIN (FREEZE)"
            ) { writer in
                try await RebuildCopyText.keys(keys, of: table) { try await writer.send($0) }
            }
            _ = try await transaction.query("ALTER TABLE \(self.keys) ADD PRIMARY KEY (table_name, index_name, key)")
            _ = try await transaction.query("CREATE INDEX ON \(self.keys) (table_name, id)")
        }
        _ = try await (rowsLoaded, keysLoaded)
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
    func swapIn(on transaction: PostgresConnection) async throws {
        for (parent, new) in [("cqrs_row_keys", keys), ("cqrs_rows", rows)] {
            let current = try await transaction.query(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                    + "WHERE i.inhparent = $1::regclass AND pg_get_expr(c.relpartbound, c.oid) = $2",
                [parent, "FOR VALUES IN ('\(table)')"])
            if let old = current.first?[0], PostgresIdentifier.isPlain(old) {
                _ = try await transaction.query("ALTER TABLE \(parent) DETACH PARTITION \(old)")
                _ = try await transaction.query("DROP TABLE \(old)")
            } else {
                _ = try await transaction.query("DELETE FROM \(parent) WHERE table_name = $1", [table])
            }
            _ = try await transaction.query("ALTER TABLE \(parent) ATTACH PARTITION \(new) FOR VALUES IN ('\(table)')")
        }
    }

    /// Drops both tables (a rebuild that failed before its swap).
    func drop(on connection: PostgresConnection) async throws {
        _ = try await connection.query("DROP TABLE IF EXISTS \(rows), \(keys)")
    }
}
