package import LOW

/// Rebuilds one projector's read model from position 0 beside the live one, then swaps it in,
/// while the service keeps serving (and projecting into) the live one: `gql-postgres rebuild`.
///
/// 1. The read model is projected from the whole log into a schema of its own (`<schema>_rebuild`,
///    with the read-model tables of a fresh start), a batch of events per transaction.
/// 2. The swap is one transaction on the live schema: it locks the projector's checkpoint row
///    (the live runner's next batch waits on that lock), projects into the new tables the events
///    committed since step 1, then replaces the live rows and index keys of the projector's table
///    with the new ones and sets the checkpoint to where the rebuild got. Readers see the old rows
///    until the commit and the new ones after it, never a mix.
/// 3. The live runner's waiting batch then finds the checkpoint moved (the fence) and goes on
///    from the rebuilt one; the rebuild schema is dropped.
///
/// Two rebuilds of one projector at once are refused (an advisory lock).
package struct PostgresRebuild: Sendable {
    package let projector: AnyProjector
    /// The libpq URI or conninfo string of the database.
    package let conninfo: String
    /// The live schema; the rebuild's is named after it, so it must be a plain identifier.
    package let schema: String
    package let batchSize: Int

    package init(projector: AnyProjector, conninfo: String, schema: String, batchSize: Int = 10_000) {
        self.projector = projector
        self.conninfo = conninfo
        self.schema = schema
        self.batchSize = batchSize
    }

    /// What a rebuild did.
    package struct Report: Sendable {
        /// Events read from the log (all of them, up to `position`).
        package var events = 0
        /// Rows of the rebuilt table.
        package var rows = 0
        /// The checkpoint the rebuilt read model took over at.
        package var position: Int64 = 0
        package var duration: Duration = .zero
    }

    /// Why a rebuild did not start.
    package enum Refusal: Error, Sendable, CustomStringConvertible {
        case schemaName(String)
        case alreadyRunning(String)

        package var description: String {
            switch self {
            case .schemaName(let name): "the schema name '\(name)' is not a plain identifier"
            case .alreadyRunning(let projector): "a rebuild of \(projector) is already running"
            }
        }
    }

    package func run() async throws -> Report {
        // The rebuild's schema adds "_rebuild" to the name, and must stay within 63 bytes.
        guard PostgresIdentifier.isPlain(schema, limit: 55) else { throw Refusal.schemaName(schema) }
        let started = ContinuousClock.now
        let staging = schema + "_rebuild"
        let live = try await connect(searchPath: schema)
        let events = PostgresEventStore(pool: PostgresPool(connections: [try await connect(searchPath: schema)]))
        var report = Report()
        do {
            let locked = try await live.query(
                "SELECT pg_try_advisory_lock(hashtext('cqrs-rebuild:' || current_schema() || ':' || $1))",
                [projector.meta.name])
            guard locked.first?[0] == "t" else { throw Refusal.alreadyRunning(projector.meta.name) }
            // Identifiers below: `staging` is the checked schema name plus a suffix of ours.
            _ = try await live.query("SELECT set_config('client_min_messages', 'warning', false)")
            _ = try await live.query("DROP SCHEMA IF EXISTS \(staging) CASCADE")
            _ = try await live.query("CREATE SCHEMA \(staging)")
            let rebuilt = PostgresReadModelStore(
                pool: PostgresPool(connections: [try await connect(searchPath: staging, synchronousCommit: false)]))
            try await rebuilt.start()
            report.position = try await project(from: 0, events: events, into: rebuilt, counting: &report.events)
            report.rows = try await swap(
                on: live, staging: staging, events: events, rebuilt: rebuilt, report: &report)
            await rebuilt.pool.close()
            _ = try await live.query("DROP SCHEMA \(staging) CASCADE")
        } catch {
            await events.pool.close()
            await live.close()
            throw error
        }
        await events.pool.close()
        await live.close()
        report.duration = ContinuousClock.now - started
        return report
    }

    /// Projects every event after `checkpoint` into `store`, a batch per transaction, until the
    /// log has no more; answers the position reached.
    private func project(
        from checkpoint: Int64, events: PostgresEventStore, into store: PostgresReadModelStore,
        counting count: inout Int
    ) async throws -> Int64 {
        var position = checkpoint
        while true {
            let batch = try await events.read(after: position, limit: batchSize, filter: .all)
            guard let last = batch.last else { return position }
            try await projector.apply(batch[...], after: position, passed: last.position, to: store)
            count += batch.count
            position = last.position
        }
    }

    /// Swaps the rebuilt rows in, in one transaction of `live`; answers the number of rows.
    private func swap(
        on live: PostgresConnection, staging: String, events: PostgresEventStore, rebuilt: PostgresReadModelStore,
        report: inout Report
    ) async throws -> Int {
        let name = projector.meta.name
        let table = projector.table
        return try await live.transaction { transaction in
            _ = try await transaction.query(
                "INSERT INTO cqrs_checkpoints (projector, position) VALUES ($1, 0) ON CONFLICT (projector) DO NOTHING",
                [name])
            _ = try await transaction.query(
                "SELECT position FROM cqrs_checkpoints WHERE projector = $1 FOR UPDATE", [name])
            // What committed while the rebuild ran; the live runner is held at the lock from now.
            report.position = try await project(
                from: report.position, events: events, into: rebuilt, counting: &report.events)
            _ = try await transaction.query("DELETE FROM cqrs_row_keys WHERE table_name = $1", [table])
            _ = try await transaction.query("DELETE FROM cqrs_rows WHERE table_name = $1", [table])
            let rows = try await transaction.query(
                "INSERT INTO cqrs_rows (table_name, id, data) SELECT table_name, id, data FROM \(staging).cqrs_rows "
                    + "WHERE table_name = $1 ORDER BY created", [table])
            _ = try await transaction.query(
                "INSERT INTO cqrs_row_keys (table_name, index_name, key, id) "
                    + "SELECT table_name, index_name, key, id FROM \(staging).cqrs_row_keys WHERE table_name = $1",
                [table])
            _ = try await transaction.query(
                "UPDATE cqrs_checkpoints SET position = $2 WHERE projector = $1", [name, String(report.position)])
            return rows.affectedRowCount ?? 0
        }
    }

    private func connect(searchPath: String, synchronousCommit: Bool = true) async throws -> PostgresConnection {
        let connection = try await PostgresConnection.connect(conninfo)
        _ = try await connection.query("SELECT set_config('search_path', $1, false)", [searchPath])
        if !synchronousCommit {
            // The rebuilt tables are thrown away if anything fails; their commits need no flush.
            _ = try await connection.query("SELECT set_config('synchronous_commit', 'off', false)")
        }
        return connection
    }
}
