package import LOW

extension PostgresReadModelStore: BatchReadModelStore {
    /// One transaction for a projector's batch, whatever its size: the checkpoint moves first (a
    /// compare-and-set that also locks the projector's checkpoint row, so a second runner of the
    /// same projector waits here, then finds the checkpoint moved and writes nothing), then
    /// the rows are read, changed in memory, and written back with one statement per kind of
    /// change, their values as array parameters.
    package func update<M: ReadModel>(
        _ type: M.Type, rows ids: [String], projector: String, from checkpoint: Int64, through position: Int64,
        _ body: (inout any ReadModelRows<M>) -> Void
    ) async throws {
        try await pool.withConnection { connection in
            try await connection.transaction { transaction in
                // No checkpoint row counts as 0, as `checkpoint(of:)` reads it.
                let moved = try await transaction.query(
                    checkpoint == 0
                        ? "INSERT INTO cqrs_checkpoints (projector, position) VALUES ($1, $3) "
                            + "ON CONFLICT (projector) DO UPDATE SET position = EXCLUDED.position "
                            + "WHERE cqrs_checkpoints.position = $2::int8"
                        : "UPDATE cqrs_checkpoints SET position = $3 WHERE projector = $1 AND position = $2::int8",
                    [projector, String(checkpoint), String(position)])
                guard moved.affectedRowCount == 1 else {
                    throw ReadModelError.checkpointMoved(projector: projector, position: position)
                }
                guard !ids.isEmpty else { return }
                let stored = try await transaction.query(
                    "SELECT id, data FROM cqrs_rows WHERE table_name = $1 AND id = ANY($2::text[])",
                    [M.table, PostgresText.array(ids)])
                var rows = ChangedRows<M>(order: ids)
                for row in stored { rows.current[row[0] ?? ""] = try M(value: try row.json(1)) }
                rows.original = rows.current
                var erased: any ReadModelRows<M> = rows
                body(&erased)
                // The existential holds the `ChangedRows` made above; nothing else conforms here.
                guard let changed = erased as? ChangedRows<M> else { return }
                try await Self.write(changed, on: transaction)
            }
        }
    }

    /// Writes the rows of `changes` that differ from what was read, and their index keys.
    private static func write<M: ReadModel>(_ changes: ChangedRows<M>, on transaction: PostgresConnection)
        async throws
    {
        var changedIDs: [String] = []
        var upserted: [M] = []
        var removed: [String] = []
        for id in changes.order where changes.current[id] != changes.original[id] {
            changedIDs.append(id)
            if let row = changes.current[id] { upserted.append(row) } else { removed.append(id) }
        }
        guard !changedIDs.isEmpty else { return }
        let table = M.table
        _ = try await transaction.query(
            "DELETE FROM cqrs_row_keys WHERE table_name = $1 AND id = ANY($2::text[])",
            [table, PostgresText.array(changedIDs)])
        if !removed.isEmpty {
            _ = try await transaction.query(
                "DELETE FROM cqrs_rows WHERE table_name = $1 AND id = ANY($2::text[])",
                [table, PostgresText.array(removed)])
        }
        guard !upserted.isEmpty else { return }
        // WITH ORDINALITY keeps the array's order, so new rows are created in it.
        _ = try await transaction.query(
            "INSERT INTO cqrs_rows (table_name, id, data) SELECT $1, u.id, u.data "
                + "FROM unnest($2::text[], $3::json[]) WITH ORDINALITY AS u(id, data, n) ORDER BY u.n "
                + "ON CONFLICT (table_name, id) DO UPDATE SET data = EXCLUDED.data",
            [
                table, PostgresText.array(upserted.map(\.id)),
                PostgresText.array(upserted.map { PostgresText.json($0.value) }),
            ])
        // One row per key (a statement may not upsert one row twice): the later row of the batch
        // holds a key two rows name, as saving them one by one would leave it.
        var owners: [IndexKey: String] = [:]
        var keyOrder: [IndexKey] = []
        for row in upserted {
            for (index, key) in row.indexKeys.sorted(by: { $0.key < $1.key }) {
                let indexKey = IndexKey(index: index, key: key)
                if owners.updateValue(row.id, forKey: indexKey) == nil { keyOrder.append(indexKey) }
            }
        }
        let keyRows = keyOrder.map { (index: $0.index, key: $0.key, id: owners[$0] ?? "") }
        guard !keyRows.isEmpty else { return }
        _ = try await transaction.query(
            "INSERT INTO cqrs_row_keys (table_name, index_name, key, id) SELECT $1, u.index_name, u.key, u.id "
                + "FROM unnest($2::text[], $3::text[], $4::text[]) AS u(index_name, key, id) "
                + "ON CONFLICT (table_name, index_name, key) DO UPDATE SET id = EXCLUDED.id",
            [
                table, PostgresText.array(keyRows.map(\.index)), PostgresText.array(keyRows.map(\.key)),
                PostgresText.array(keyRows.map(\.id)),
            ])
    }
}

private struct IndexKey: Hashable {
    let index: String
    let key: String
}

/// The rows of one batch while the projector changes them: what was read, and what they are now.
struct ChangedRows<Model: ReadModel>: ReadModelRows {
    /// The batch's row ids in order of first appearance.
    let order: [String]
    var original: [String: Model] = [:]
    var current: [String: Model] = [:]

    init(order: [String]) { self.order = order }

    mutating func update(id: String, _ change: (Model?) -> Model?) { current[id] = change(current[id]) }
}
