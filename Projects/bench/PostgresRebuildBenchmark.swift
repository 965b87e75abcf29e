import Functions
import Glibc
import LOW
import Postgres

/// `postgres.rebuild`: `gql-postgres rebuild customer-projector` over a log of N `CustomerInvited`
/// events (one row each, the worst case for a rebuild), in a schema of its own whose live read
/// model already holds those rows, as a running service would have left them. N is 200,000, or
/// `BENCH_POSTGRES_REBUILD_EVENTS`. The target is issue 10's: 50,000 events/s. The value is the
/// first rebuild, the slower one (its swap moves the read model out of the DEFAULT partitions);
/// `again_*` is a second one.
struct PostgresRebuildBenchmark {
    var url: String
    var events = getenv("BENCH_POSTGRES_REBUILD_EVENTS").flatMap { Int(String(cString: $0)) } ?? 200_000
    static let schema = "bench_rebuild"
    static let target = 50_000.0

    func run() async throws -> Measurement {
        var configuration = PostgresDeployment.Configuration(url: url)
        configuration.schema = Self.schema
        configuration.poolSize = 1
        let deployment = try await PostgresDeployment.open(configuration)
        do {
            try await deployment.events.start()
            try await deployment.readModels.start()
        } catch {
            await deployment.close()
            throw error
        }
        await deployment.close()
        let connection = try await PostgresDeployment.connect(configuration)()
        do {
            try await fill(connection)
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
        let projector = Domain.catalog.projectors.first { $0.meta.name == CustomerProjector.meta.name }
        guard let projector else { throw Fixtures.FixtureFailure(message: "no customer projector") }
        let cpuStarted = processCPUSeconds()
        let report = try await PostgresRebuild(projector: projector, database: configuration).run()
        let cpu = processCPUSeconds() - cpuStarted
        guard report.events == events, report.rows == events else {
            throw Fixtures.FixtureFailure(message: "rebuilt \(report.rows) rows from \(report.events) events")
        }
        // Again, now that the read model has partitions of its own: the swap no longer deletes its
        // rows from the DEFAULT ones, as every rebuild after the first.
        let again = try await PostgresRebuild(projector: projector, database: configuration).run()
        let seconds = Self.seconds(report.duration)
        let rate = Double(report.events) / seconds
        return Measurement(
            name: "postgres.rebuild", value: rate, unit: "events/s",
            details: [
                "target": .double(Self.target), "ratio": .double(Measurement.rounded(rate / Self.target)),
                "events": .int(report.events), "rows": .int(report.rows),
                "seconds": .double(Measurement.rounded(seconds)),
                "read_s": .double(Measurement.rounded(Self.seconds(report.reading))),
                "fold_s": .double(Measurement.rounded(Self.seconds(report.folding))),
                "write_s": .double(Measurement.rounded(Self.seconds(report.writing))),
                "swap_s": .double(Measurement.rounded(Self.seconds(report.swapping))),
                "exclusive_s": .double(Measurement.rounded(Self.seconds(report.exclusive))),
                // The bench's own CPU (the server's is apart): well under `seconds` times the cores
                // says the rebuild waited on the server or other processes had the cores.
                "cpu_s": .double(Measurement.rounded(cpu)),
                "again_events_per_s": .double(Measurement.rounded(Double(again.events) / Self.seconds(again.duration))),
                "again_swap_s": .double(Measurement.rounded(Self.seconds(again.swapping))),
                "again_exclusive_s": .double(Measurement.rounded(Self.seconds(again.exclusive))),
            ])
    }

    /// Writes the log as the event store would have (`cqrs_commit`: one command, one event, one new
    /// stream each; the event's JSON as `JSONWriter` writes `CustomerEvent.payload`), and the live
    /// read model as the customer projector would have, checkpoint at the head. Set-based SQL:
    /// filling takes a few seconds, not the minutes that committing each command would.
    private func fill(_ connection: PostgresConnection) async throws {
        let invitedAt = Fixtures.start.description
        try await connection.transaction { transaction in
            _ = try await transaction.query(
                """
                INSERT INTO cqrs_events (position, id, stream_id, stream_version, type, occurred_at, command_id,
                    causation_id, correlation_id, data)
                SELECT n, md5('event-' || n)::uuid::text, 'customer-' || c, 1, 'CustomerInvited', $2::int8,
                    command, command, command,
                    ('{"id":"' || c || '","email":"customer-' || n || '@example.com","invitedAt":"' || $3 || '"}')::json
                FROM generate_series(1, $1::int8) AS n,
                    LATERAL (SELECT md5('customer-' || n)::uuid::text AS c, md5('command-' || n)::uuid::text AS command) ids
                """, [String(events), String(Fixtures.start.microseconds), invitedAt])
            _ = try await transaction.query(
                "INSERT INTO cqrs_streams (stream_id, version) SELECT stream_id, 1 FROM cqrs_events")
            _ = try await transaction.query("SELECT setval('cqrs_event_positions', $1::int8)", [String(events)])
            _ = try await transaction.query(
                """
                INSERT INTO cqrs_rows (table_name, id, data)
                SELECT 'customers', data->>'id', ('{"id":"' || (data->>'id') || '","email":"' || (data->>'email')
                    || '","invited":true,"invitedAt":"' || (data->>'invitedAt') || '"}')::json
                FROM cqrs_events ORDER BY position
                """)
            _ = try await transaction.query(
                "INSERT INTO cqrs_row_keys (table_name, index_name, key, id) "
                    + "SELECT 'customers', 'email', lower(data->>'email'), data->>'id' FROM cqrs_events")
            _ = try await transaction.query(
                "INSERT INTO cqrs_checkpoints (projector, position) VALUES ($1, $2)",
                [CustomerProjector.meta.name, String(events)])
        }
        // As autovacuum would have left them; its run on 200,000 new rows would otherwise take the
        // tables in the middle of the measurement.
        for table in ["cqrs_events", "cqrs_streams", "cqrs_rows", "cqrs_row_keys", "cqrs_checkpoints"] {
            _ = try await connection.query("VACUUM ANALYZE \(table)")
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
