import Functions
import LOW
import Postgres
import Runtime

/// What gql-postgres runs under the shared GraphQL service (`Launch.serveGraphQL`): the event
/// store and the read models, each over a pool of its own into the schema, the leases that share
/// the projectors and the process manager out among the processes on the schema, and the
/// runtime over the domain's catalog.
///
/// Two pools, not one: hundreds of commands may queue for a connection under load, and the
/// projections they wait for must never queue behind them.
enum Wiring {
    /// Makes `--database-schema` when it is missing. Two processes starting together may both
    /// try: the loser's "already exists" is success too.
    static func makeSchema(_ options: Options) async throws {
        let schema = options.databaseSchema
        let admin = try await PostgresConnection.connect(options.databaseURL)
        var failure: PostgresError?
        do {
            if try await admin.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]).isEmpty {
                // The name passed `PostgresIdentifier.isPlain`: safe to write into DDL as is.
                _ = try await admin.query("CREATE SCHEMA IF NOT EXISTS \(schema)")
            }
        } catch {
            // 23505 or 42P06: made by another process meanwhile.
            if error.sqlState != "23505" && error.sqlState != "42P06" { failure = error }
        }
        await admin.close()
        if let failure { throw failure }
    }

    /// Sets a new (or reconnected) session up: `--database-schema` first on its search path, and
    /// `settings` (name, value).
    static func setUp(_ options: Options, settings: [(String, String)] = [])
        -> @Sendable (PostgresConnection) async throws -> Void
    {
        let schema = options.databaseSchema
        return { connection in
            _ = try await connection.query("SELECT set_config('search_path', $1, false)", [schema])
            for (name, value) in settings {
                _ = try await connection.query("SELECT set_config($1, $2, false)", [name, value])
            }
        }
    }

    /// Opens a pool of `--database-pool` connections into the schema.
    static func pool(_ options: Options, size: Int? = nil, settings: [(String, String)] = []) async throws
        -> PostgresPool
    {
        try await PostgresPool.connect(
            options.databaseURL, size: size ?? options.poolSize, setUp: setUp(options, settings: settings))
    }

    /// Who runs which projector and process manager among the processes on this schema: advisory
    /// locks on a connection of their own.
    static func leases(_ options: Options) -> PostgresLeases { PostgresLeases(connect: connect(options)) }

    /// The read models' session settings: their commits do not wait for the WAL flush. A row and
    /// its projector's checkpoint commit together, so a server crash can only lose both, and the
    /// projector then applies those events again from the log, which is durable: the effect
    /// stays exactly once, and a projection commit costs no disk sync.
    static let readModelSettings = [("synchronous_commit", "off")]

    /// A connection into the schema, set up as the pools' are, for the leases and the listener.
    static func connect(_ options: Options) -> @Sendable () async throws -> PostgresConnection {
        let url = options.databaseURL
        let setUp = setUp(options)
        return {
            let connection = try await PostgresConnection.connect(url)
            try await setUp(connection)
            return connection
        }
    }

    /// The event store: reads on `events`, batches of commits on `commits` (so a batch never waits
    /// behind the reads of the commands it holds), and other processes' commits heard by NOTIFY.
    static func eventStore(_ options: Options, events: PostgresPool, commits: PostgresPool) -> PostgresEventStore {
        PostgresEventStore(pool: events, commitPool: commits, listen: connect(options))
    }

    static func runtime(
        _ options: Options, events: PostgresEventStore, readModels: PostgresPool, leases: PostgresLeases
    ) -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = options.serving.requestTimeout
        return CatalogRuntime(
            catalog: Domain.catalog, events: events,
            readModels: PostgresReadModelStore(pool: readModels), leases: leases, configuration: configuration)
    }
}
