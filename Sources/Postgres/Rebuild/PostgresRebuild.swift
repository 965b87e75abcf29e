package import LOW

/// Rebuilds one projector's read model from position 0 beside the live one, then swaps it in,
/// while the service keeps serving (and projecting into) the live one: `gql-postgres rebuild`.
///
/// 1. The read model is folded in memory from the whole log (`AnyProjector.foldInMemory`), read
///    a batch of events at a time: nothing is written while the log is read.
/// 2. The swap is one transaction on the live schema: it locks the projector's checkpoint row
///    (the live runner's next batch waits on that lock), folds the events committed since step 1,
///    replaces the live rows and index keys of the projector's table with the folded ones (array
///    parameters, thousands of rows a statement) and sets the checkpoint to where the fold got.
///    Readers see the old rows until the commit and the new ones after it, never a mix.
/// 3. The live runner's waiting batch then finds the checkpoint moved (the fence) and goes on
///    from the rebuilt one.
///
/// Two rebuilds of one projector at once are refused (an advisory lock).
package struct PostgresRebuild: Sendable {
    package let projector: AnyProjector
    /// The database and the live schema.
    package let database: PostgresDeployment.Configuration
    /// Events read per query.
    package let batchSize: Int
    /// Rows written per statement.
    package let rowsPerStatement: Int

    package init(
        projector: AnyProjector, database: PostgresDeployment.Configuration, batchSize: Int = 20_000,
        rowsPerStatement: Int = 20_000
    ) {
        self.projector = projector
        self.database = database
        self.batchSize = batchSize
        self.rowsPerStatement = rowsPerStatement
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
    }

    /// Why a rebuild did not start.
    package enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case alreadyRunning(String)
        case noSchema(String)

        package var description: String {
            switch self {
            case .alreadyRunning(let projector): "a rebuild of \(projector) is already running"
            case .noSchema(let schema): "the schema \(schema) does not exist (gql-postgres makes it at its first start)"
            }
        }
    }

    package func run() async throws -> Report {
        let started = ContinuousClock.now
        let connect = PostgresDeployment.connect(database)
        let live = try await connect()
        let reader = try await connect()
        var report = Report()
        do {
            // A search path naming no schema leaves current_schema() NULL, and the lock's key with it.
            guard try await live.query("SELECT current_schema()").first?[0] != nil else {
                throw Refusal.noSchema(database.schema)
            }
            let locked = try await live.query(
                "SELECT pg_try_advisory_lock(hashtext('cqrs-rebuild:' || current_schema() || ':' || $1))",
                [projector.meta.name])
            guard locked.first?[0] == "t" else { throw Refusal.alreadyRunning(projector.meta.name) }
            let events = PostgresEventStore(pool: PostgresPool(connections: [reader]))
            let fold = projector.foldInMemory()
            report.position = try await self.fold(into: fold, from: 0, events: events, report: &report)
            let swapStarted = ContinuousClock.now
            report.rows = try await swap(fold, on: live, events: events, report: &report)
            report.swapping = ContinuousClock.now - swapStarted
        } catch {
            await reader.close()
            await live.close()
            throw error
        }
        await reader.close()
        await live.close()
        report.duration = ContinuousClock.now - started
        return report
    }

    /// Folds every event after `position` into `fold` until the log has no more; answers the
    /// position reached.
    private func fold(
        into fold: ProjectionFold, from position: Int64, events: PostgresEventStore, report: inout Report
    ) async throws -> Int64 {
        var position = position
        while true {
            let started = ContinuousClock.now
            let batch = try await events.read(after: position, limit: batchSize, filter: .all)
            let read = ContinuousClock.now
            report.reading += read - started
            guard let last = batch.last else { return position }
            fold.apply(batch[...])
            report.folding += ContinuousClock.now - read
            report.events += batch.count
            position = last.position
        }
    }

    /// Swaps the folded rows in, in one transaction of `live`; answers the number of rows.
    private func swap(
        _ fold: ProjectionFold, on live: PostgresConnection, events: PostgresEventStore, report: inout Report
    ) async throws -> Int {
        let name = projector.meta.name
        let table = projector.table
        return try await live.transaction { transaction in
            _ = try await transaction.query(
                "INSERT INTO cqrs_checkpoints (projector, position) VALUES ($1, 0) ON CONFLICT (projector) DO NOTHING",
                [name])
            _ = try await transaction.query(
                "SELECT position FROM cqrs_checkpoints WHERE projector = $1 FOR UPDATE", [name])
            // What committed while the fold ran; the live runner is held at the lock from now.
            report.position = try await self.fold(
                into: fold, from: report.position, events: events, report: &report)
            _ = try await transaction.query("DELETE FROM cqrs_row_keys WHERE table_name = $1", [table])
            _ = try await transaction.query("DELETE FROM cqrs_rows WHERE table_name = $1", [table])
            let writeStarted = ContinuousClock.now
            let rows = fold.rows
            try await insert(rows, of: table, on: transaction)
            report.writing = ContinuousClock.now - writeStarted
            _ = try await transaction.query(
                "UPDATE cqrs_checkpoints SET position = $2 WHERE projector = $1", [name, String(report.position)])
            return rows.count
        }
    }

    /// Inserts `rows` and their index keys into the emptied table, `rowsPerStatement` at a time.
    private func insert(_ rows: [FoldedRow], of table: String, on transaction: PostgresConnection) async throws {
        for chunk in Self.chunks(rows, of: rowsPerStatement) {
            // WITH ORDINALITY keeps the array's order, so rows are created in the fold's order.
            _ = try await transaction.query(
                "INSERT INTO cqrs_rows (table_name, id, data) SELECT $1, u.id, u.data "
                    + "FROM unnest($2::text[], $3::json[]) WITH ORDINALITY AS u(id, data, n) ORDER BY u.n",
                [
                    table, PostgresText.array(chunk.map(\.id)),
                    PostgresText.array(chunk.map { PostgresText.json($0.value) }),
                ])
        }
        // One row per key: the later row holds a key two rows name, as saving them in turn would leave it.
        var owners: [String: [String: String]] = [:]
        for row in rows {
            for (index, key) in row.indexKeys { owners[index, default: [:]][key] = row.id }
        }
        for (index, keys) in owners.sorted(by: { $0.key < $1.key }) {
            for chunk in Self.chunks(Array(keys), of: rowsPerStatement) {
                _ = try await transaction.query(
                    "INSERT INTO cqrs_row_keys (table_name, index_name, key, id) SELECT $1, $2, u.key, u.id "
                        + "FROM unnest($3::text[], $4::text[]) AS u(key, id)",
                    [table, index, PostgresText.array(chunk.map(\.key)), PostgresText.array(chunk.map(\.value))])
            }
        }
    }

    /// `elements` in consecutive slices of at most `size` (at least 1).
    private static func chunks<Element>(_ elements: [Element], of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: elements.count, by: max(1, size)).map {
            elements[$0..<min($0 + max(1, size), elements.count)]
        }
    }
}
