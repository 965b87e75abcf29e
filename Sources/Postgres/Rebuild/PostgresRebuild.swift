package import LOW

/// Rebuilds one projector's read model from position 0 into tables of its own, then swaps them in,
/// while the service keeps serving (and projecting into) the live one: `gql-postgres rebuild`.
///
/// 1. The read model is folded in memory from the whole log (`AnyProjector.foldInMemory`); the
///    next batch of events is read while the fold applies one. Nothing live is written.
/// 2. The rows go by COPY into two new tables shaped as `cqrs_rows` and `cqrs_row_keys`, without
///    indexes; then the indexes are built (`RebuildTables.load`). The live partitions are not
///    touched: readers and the live runner go on with them.
/// 3. Events committed meanwhile are folded and their rows written into the new tables.
/// 4. The swap is one transaction on the live schema: it locks the projector's checkpoint row (the
///    live runner's next batch waits on that lock), folds and writes what committed since step 3,
///    swaps the new tables in as the read model's partitions in place of the old ones
///    (`RebuildTables.swapIn`, which holds every read model's parents for tens of milliseconds)
///    and sets the checkpoint to where the fold got. Readers see the old rows until the commit and
///    the new ones after it, never a mix.
/// 5. The live runner's waiting batch then finds the checkpoint moved (the fence) and goes on
///    from the rebuilt one.
/// 6. After a read model's first rebuild, the DEFAULT partitions get a CHECK that they hold none
///    of its rows, which spares later swaps a scan of them (`RebuildTables.excludeFromDefaults`).
///
/// Two rebuilds of one projector at once are refused (an advisory lock). A rebuild migrates the
/// read models first, as the service does at start, since the swap needs the partitioned tables.
package struct PostgresRebuild: Sendable {
    package let projector: AnyProjector
    /// The database and the live schema.
    package let database: PostgresDeployment.Configuration
    /// Events read per query.
    package let batchSize: Int

    package init(projector: AnyProjector, database: PostgresDeployment.Configuration, batchSize: Int = 20_000) {
        self.projector = projector
        self.database = database
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
        /// Time spent reading events from the log.
        package var reading: Duration = .zero
        /// Time spent applying them to the fold.
        package var folding: Duration = .zero
        /// Time spent writing the rebuilt rows and keys.
        package var writing: Duration = .zero
        /// Time the swap transaction held the projector's checkpoint row (the live runner waits
        /// this long).
        package var swapping: Duration = .zero
        /// Time the swap held every read model's tables (all their readers wait this long).
        package var exclusive: Duration = .zero
    }

    /// Why a rebuild did not start.
    package enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case alreadyRunning(String)
        case noSchema(String)
        /// The read model's table name cannot name its partitions (`RebuildTables`).
        case unsupportedTableName(String)

        package var description: String {
            switch self {
            case .alreadyRunning(let projector): "a rebuild of \(projector) is already running"
            case .noSchema(let schema): "the schema \(schema) does not exist (gql-postgres makes it at its first start)"
            case .unsupportedTableName(let table):
                "the table name \(table) is not lower-case letters, digits and _ of at most "
                    + "\(RebuildTables.longestTableName) bytes"
            }
        }
    }

    package func run() async throws -> Report {
        let started = ContinuousClock.now
        let connect = PostgresDeployment.connect(database)
        var connections: [PostgresConnection] = []
        var report: Report
        do {
            // The live schema's, the reader's, and one for each new table's load.
            for _ in 0..<4 { connections.append(try await connect()) }
            report = try await rebuild(
                live: connections[0], reader: connections[1], rowsWriter: connections[2], keysWriter: connections[3])
        } catch {
            for connection in connections { await connection.close() }
            throw error
        }
        for connection in connections { await connection.close() }
        report.duration = ContinuousClock.now - started
        return report
    }

    private func rebuild(
        live: PostgresConnection, reader: PostgresConnection, rowsWriter: PostgresConnection,
        keysWriter: PostgresConnection
    ) async throws -> Report {
        // A search path naming no schema leaves current_schema() NULL, and the lock's key with it.
        guard try await live.query("SELECT current_schema()").first?[0] != nil else {
            throw Refusal.noSchema(database.schema)
        }
        guard let tables = RebuildTables(table: projector.table) else {
            throw Refusal.unsupportedTableName(projector.table)
        }
        let locked = try await live.query(
            "SELECT pg_try_advisory_lock(hashtext('cqrs-rebuild:' || current_schema() || ':' || $1))",
            [projector.meta.name])
        guard locked.first?[0] == "t" else { throw Refusal.alreadyRunning(projector.meta.name) }
        _ = try await PostgresMigrator.migrate(live, PostgresReadModelStore.migrations, of: "read-models")
        try await RebuildTables.dropLeftovers(of: tables.table, on: live)
        for writer in [rowsWriter, keysWriter] {
            // Each index is built by one sort in memory; the default 64MB spills to disk sooner.
            _ = try await writer.query("SELECT set_config('maintenance_work_mem', '256MB', false)")
        }
        var report = Report()
        let events = RebuildEventReader(connection: reader)
        let fold = projector.foldInMemory()
        report.position = try await self.fold(into: fold, from: 0, events: events, report: &report).position
        do {
            let writeStarted = ContinuousClock.now
            let rows = fold.rows
            report.rows = rows.count
            try await tables.load(rows, rowsOn: rowsWriter, keysOn: keysWriter)
            report.writing = ContinuousClock.now - writeStarted
            // What committed while the tables were filled, before the lock, so that little is left
            // to fold while the live runner waits.
            try await catchUp(fold, into: tables, on: rowsWriter, events: events, report: &report)
            let swapStarted = ContinuousClock.now
            try await swap(fold, into: tables, on: live, events: events, report: &report)
            report.swapping = ContinuousClock.now - swapStarted
        } catch {
            // Tables never attached are the rebuild's own; the next rebuild also drops them.
            try? await tables.drop(on: live)
            throw error
        }
        try await tables.excludeFromDefaults(on: live)
        return report
    }

    /// Folds every event after `position` into `fold` until the log has no more, reading the next
    /// batch while the fold applies one; answers the position reached and, when `touching`, the
    /// ids of the rows the events changed.
    private func fold(
        into fold: ProjectionFold, from position: Int64, events: RebuildEventReader, report: inout Report,
        touching: Bool = false
    ) async throws -> (position: Int64, touched: Set<String>) {
        var position = position
        var touched: Set<String> = []
        // A small first batch: the fold waits for it alone; later ones come while it works.
        var limit = min(batchSize, 2_000)
        var next = Task { [position, limit] in try await events.read(after: position, limit: limit) }
        while true {
            let waitStarted = ContinuousClock.now
            let batch = try await next.value
            let read = ContinuousClock.now
            report.reading += read - waitStarted
            guard let last = batch.last else { return (position, touched) }
            position = last.position
            limit = min(batchSize, limit * 4)
            next = Task { [position, limit] in try await events.read(after: position, limit: limit) }
            fold.apply(batch[...])
            if touching { for event in batch { if let id = projector.rowID(for: event) { touched.insert(id) } } }
            report.folding += ContinuousClock.now - read
            report.events += batch.count
        }
    }

    /// Folds what committed after `report.position` and writes the rows it changed into `tables`,
    /// on `connection`.
    private func catchUp(
        _ fold: ProjectionFold, into tables: RebuildTables, on connection: PostgresConnection,
        events: RebuildEventReader, report: inout Report
    ) async throws {
        let (position, touched) = try await self.fold(
            into: fold, from: report.position, events: events, report: &report, touching: true)
        report.position = position
        guard !touched.isEmpty else { return }
        let rows = fold.rows
        report.rows = rows.count
        let changed = rows.filter { touched.contains($0.id) }
        let removed = touched.subtracting(changed.map(\.id)).sorted()
        try await tables.write(changed: changed, removed: removed, on: connection)
    }

    /// Swaps `tables` in, in one transaction of `live` that holds the projector's checkpoint row
    /// and first catches up with the log.
    private func swap(
        _ fold: ProjectionFold, into tables: RebuildTables, on live: PostgresConnection, events: RebuildEventReader,
        report: inout Report
    ) async throws {
        let name = projector.meta.name
        var locked = ContinuousClock.now
        try await live.transaction { transaction in
            // The live runner holds the checkpoint row for one batch at most; a lock held longer
            // than this is something else, and the rebuild gives up (55P03, nothing changed).
            _ = try await transaction.query("SELECT set_config('lock_timeout', '10s', true)")
            _ = try await transaction.query(
                "INSERT INTO cqrs_checkpoints (projector, position) VALUES ($1, 0) ON CONFLICT (projector) DO NOTHING",
                [name])
            _ = try await transaction.query(
                "SELECT position FROM cqrs_checkpoints WHERE projector = $1 FOR UPDATE", [name])
            // What committed since the catch-up; the live runner is held at the lock from now.
            try await catchUp(fold, into: tables, on: transaction, events: events, report: &report)
            locked = try await tables.swapIn(on: transaction)
            _ = try await transaction.query(
                "UPDATE cqrs_checkpoints SET position = $2 WHERE projector = $1", [name, String(report.position)])
        }
        report.exclusive = ContinuousClock.now - locked
    }
}
