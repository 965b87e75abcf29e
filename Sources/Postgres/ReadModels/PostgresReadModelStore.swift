package import LOW

/// Read models in PostgreSQL: every table's rows as JSON in `cqrs_rows` (in creation order), their
/// index keys in `cqrs_row_keys`, and each projector's checkpoint in `cqrs_checkpoints`. A save
/// writes the row, its keys and the checkpoint in one transaction, so a projector that restarts
/// from its checkpoint never applies an event twice (an exactly-once effect). The checkpoint only
/// moves forward (`ReadModelError.checkpointMoved` otherwise), which fences two processes that
/// both project one projector for a moment. Passes `ShellTesting.ReadModelStoreContract`.
package final class PostgresReadModelStore: ReadModelStore {
    package let pool: PostgresPool
    /// The rows read by id at the same time, as JSON text: each answered mutation reads one.
    private let rowsByID: CoalescedLookup<RowAddress, String>

    package init(pool: PostgresPool) {
        self.pool = pool
        rowsByID = CoalescedLookup { addresses in
            try await pool.withConnection { connection in
                let rows = try await connection.query(
                    "SELECT r.table_name, r.id, r.data FROM unnest($1::text[], $2::text[]) AS u(table_name, id) "
                        + "JOIN cqrs_rows r ON r.table_name = u.table_name AND r.id = u.id",
                    [PostgresText.array(addresses.map(\.table)), PostgresText.array(addresses.map(\.id))])
                var found: [RowAddress: String] = [:]
                for row in rows {
                    guard let table = row[0], let id = row[1], let data = row[2] else { continue }
                    found[RowAddress(table: table, id: id)] = data
                }
                return found
            }
        }
    }

    /// Applies the read models' migrations.
    package func start() async throws {
        _ = try await pool.withConnection { try await PostgresMigrator.migrate($0, Self.migrations, of: "read-models") }
    }

    package func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M? {
        guard let data = try await rowsByID.value(for: RowAddress(table: M.table, id: id)) else { return nil }
        return try M(value: try JSONReader.parse(data))
    }

    package func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M? {
        let rows = try await pool.withConnection { connection in
            try await connection.query(
                "SELECT r.data FROM cqrs_row_keys k JOIN cqrs_rows r ON r.table_name = k.table_name AND r.id = k.id "
                    + "WHERE k.table_name = $1 AND k.index_name = $2 AND k.key = $3", [M.table, index, key])
        }
        return try rows.first.map { try M(value: try $0.json(0)) }
    }

    package func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M] {
        guard first > 0 else { return [] }
        let rows = try await pool.withConnection { connection -> PostgresRows? in
            var created: Int64 = 0
            if let after {
                let cursor = try await connection.query(
                    "SELECT created FROM cqrs_rows WHERE table_name = $1 AND id = $2", [M.table, after])
                guard let position = try cursor.first?.int64(0) else { return nil }
                created = position
            }
            return try await connection.query(
                "SELECT data FROM cqrs_rows WHERE table_name = $1 AND created > $2 ORDER BY created LIMIT $3",
                [M.table, String(created), String(first)])
        }
        return try (rows.map(Array.init) ?? []).map { try M(value: try $0.json(0)) }
    }

    package func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64)
        async throws
    {
        try await pool.withConnection { connection in
            try await connection.transaction { transaction in
                // The checkpoint first: its row stays locked until commit, so a second writer of
                // this projector waits here, then finds the checkpoint moved and writes nothing.
                try await Self.move(projector, to: position, on: transaction)
                _ = try await transaction.query(
                    "DELETE FROM cqrs_row_keys WHERE table_name = $1 AND id = $2", [M.table, id])
                if let row {
                    _ = try await transaction.query(
                        "INSERT INTO cqrs_rows (table_name, id, data) VALUES ($1, $2, $3) "
                            + "ON CONFLICT (table_name, id) DO UPDATE SET data = EXCLUDED.data",
                        [M.table, id, PostgresText.json(row.value)])
                    for (index, key) in row.indexKeys.sorted(by: { $0.key < $1.key }) {
                        _ = try await transaction.query(
                            "INSERT INTO cqrs_row_keys (table_name, index_name, key, id) VALUES ($1, $2, $3, $4) "
                                + "ON CONFLICT (table_name, index_name, key) DO UPDATE SET id = EXCLUDED.id",
                            [M.table, index, key, id])
                    }
                } else {
                    _ = try await transaction.query(
                        "DELETE FROM cqrs_rows WHERE table_name = $1 AND id = $2", [M.table, id])
                }
            }
        }
    }

    package func advance(_ projector: String, to position: Int64) async throws {
        try await pool.withConnection { try await Self.move(projector, to: position, on: $0) }
    }

    package func checkpoint(of projector: String) async throws -> Int64 {
        try await pool.withConnection { connection in
            try await connection.query(
                "SELECT position FROM cqrs_checkpoints WHERE projector = $1", [projector]
            ).first?.int64(0) ?? 0
        }
    }

    package func checkpoints(of projectors: [String]) async throws -> [String: Int64] {
        let rows = try await pool.withConnection { connection in
            try await connection.query(
                "SELECT projector, position FROM cqrs_checkpoints WHERE projector = ANY($1::text[])",
                [PostgresText.array(projectors)])
        }
        var positions = Dictionary(projectors.map { ($0, Int64(0)) }, uniquingKeysWith: { a, _ in a })
        for row in rows {
            guard let projector = row[0] else { continue }
            positions[projector] = try row.int64(1) ?? 0
        }
        return positions
    }

    /// Moves the checkpoint of `projector` forward to `position`, or throws `checkpointMoved` when
    /// another writer already took it there: the fence that keeps a projector whose lease lapsed
    /// from applying an event twice. The upsert locks the checkpoint's row (even when its WHERE
    /// refuses the update), and a concurrent writer's re-check sees the committed position.
    private static func move(_ projector: String, to position: Int64, on connection: PostgresConnection) async throws {
        let moved = try await connection.query(
            "INSERT INTO cqrs_checkpoints (projector, position) VALUES ($1, $2) "
                + "ON CONFLICT (projector) DO UPDATE SET position = EXCLUDED.position "
                + "WHERE cqrs_checkpoints.position < EXCLUDED.position", [projector, String(position)])
        guard moved.affectedRowCount == 1 else {
            throw ReadModelError.checkpointMoved(projector: projector, position: position)
        }
    }

    /// The read models' tables, in the order they were introduced.
    package static let migrations = [
        PostgresMigration(
            version: 1, name: "read models",
            statements: [
                "CREATE SEQUENCE cqrs_row_order",
                """
                CREATE TABLE cqrs_rows (
                    table_name text NOT NULL, id text NOT NULL,
                    created int8 NOT NULL DEFAULT nextval('cqrs_row_order'), data json NOT NULL,
                    PRIMARY KEY (table_name, id))
                """,
                "CREATE INDEX cqrs_rows_in_creation_order ON cqrs_rows (table_name, created)",
                """
                CREATE TABLE cqrs_row_keys (
                    table_name text NOT NULL, index_name text NOT NULL, key text NOT NULL, id text NOT NULL,
                    PRIMARY KEY (table_name, index_name, key))
                """,
                "CREATE INDEX cqrs_row_keys_by_row ON cqrs_row_keys (table_name, id)",
                "CREATE TABLE cqrs_checkpoints (projector text PRIMARY KEY, position int8 NOT NULL)",
            ]),
        partitionedByTable,
        PostgresMigration(version: 3, name: "batch write function", statements: [batchFunction]),
    ]
}

/// Where a row is: its table and id.
private struct RowAddress: Hashable, Sendable {
    var table: String
    var id: String
}
