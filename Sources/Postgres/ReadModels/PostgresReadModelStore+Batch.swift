package import LOW

extension PostgresReadModelStore: BatchReadModelStore {
    /// Two round trips for a projector's batch, whatever its size: the rows it touches are read,
    /// changed in memory, and written back with the checkpoint by one statement
    /// (`cqrs_write_batch`, one transaction), their values as array parameters.
    ///
    /// The rows are read before the transaction. That is safe because only the projector's owner
    /// writes its table, and every write moves the checkpoint: if anything wrote the rows after
    /// they were read (a second runner, a rebuild's swap), the checkpoint is no longer at
    /// `checkpoint`, the compare-and-set fails and nothing is written.
    package func update<M: ReadModel>(
        _ type: M.Type, rows ids: [String], projector: String, from checkpoint: Int64, through position: Int64,
        _ body: (inout any ReadModelRows<M>) -> Void
    ) async throws {
        try await pool.withConnection { connection in
            var rows = ChangedRows<M>(order: ids)
            if !ids.isEmpty {
                let stored = try await connection.query(
                    "SELECT id, data FROM cqrs_rows WHERE table_name = $1 AND id = ANY($2::text[])",
                    [M.table, PostgresText.array(ids)])
                for row in stored { rows.current[row[0] ?? ""] = try M(value: try row.json(1)) }
                rows.original = rows.current
                var erased: any ReadModelRows<M> = rows
                body(&erased)
                // The existential holds the `ChangedRows` made above; nothing else conforms here.
                if let changed = erased as? ChangedRows<M> { rows = changed }
            }
            let write = BatchWrite(rows)
            let moved = try await connection.query(
                "SELECT cqrs_write_batch($1, $2::int8, $3::int8, $4, $5::text[], $6::text[], $7::text[], "
                    + "$8::json[], $9::text[], $10::text[], $11::text[])",
                [
                    projector, String(checkpoint), String(position), M.table, PostgresText.array(write.changedIDs),
                    PostgresText.array(write.removedIDs), PostgresText.array(write.upserted.map(\.id)),
                    PostgresText.array(write.upserted.map { PostgresText.json($0.value) }),
                    PostgresText.array(write.keys.map(\.index)), PostgresText.array(write.keys.map(\.key)),
                    PostgresText.array(write.keys.map(\.id)),
                ])
            guard moved.first?[0] == "t" else {
                throw ReadModelError.checkpointMoved(projector: projector, position: position)
            }
        }
    }
}

/// What a batch writes: the rows that differ from what was read, and the index keys of the
/// upserted ones.
private struct BatchWrite<Model: ReadModel> {
    var changedIDs: [String] = []
    var upserted: [Model] = []
    var removedIDs: [String] = []
    var keys: [(index: String, key: String, id: String)] = []

    init(_ changes: ChangedRows<Model>) {
        for id in changes.order where changes.current[id] != changes.original[id] {
            changedIDs.append(id)
            if let row = changes.current[id] { upserted.append(row) } else { removedIDs.append(id) }
        }
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
        keys = keyOrder.map { (index: $0.index, key: $0.key, id: owners[$0] ?? "") }
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
