import Runtime

/// The stores of the PostgreSQL shell as a process runs them on one schema of one database: the
/// event store (reads on one pool, commit batches on a connection of their own, other processes'
/// commits heard by NOTIFY), the read models on a pool of their own, and the leases that share
/// the projectors and process managers out among the processes on the schema. gql-postgres and
/// the bench open it the same way.
///
/// Pools apart: hundreds of commands may queue for a connection under load, and the projections
/// they wait for must never queue behind them, nor a batch of commits behind its commands' reads.
package struct PostgresDeployment: Sendable {
    package struct Configuration: Sendable {
        /// A libpq URI or conninfo string.
        package var url: String
        /// The schema of the tables, made when missing; a plain identifier (`PostgresIdentifier`).
        package var schema = "public"
        /// Connections of the event store's read pool and of the read models' pool, each.
        package var poolSize = 16

        package init(url: String) { self.url = url }
    }

    package let configuration: Configuration
    package let events: PostgresEventStore
    package let readModels: PostgresReadModelStore
    package let leases: PostgresLeases
    private let pools: [(name: String, pool: PostgresPool)]

    /// The read models' session settings: their commits do not wait for the WAL flush. A row and
    /// its projector's checkpoint commit together, so a server crash can only lose both, and the
    /// projector then applies those events again from the log, which is durable: the effect
    /// stays exactly once, and a projection commit costs no disk sync.
    static let readModelSettings = [("synchronous_commit", "off")]

    /// Makes the schema when missing and opens the pools; the stores migrate at their `start()`.
    /// - Throws: a connection's failure (every connection opened so far is closed), or a schema
    ///   name that is not a plain identifier.
    package static func open(_ configuration: Configuration) async throws -> PostgresDeployment {
        guard PostgresIdentifier.isPlain(configuration.schema) else {
            throw PostgresError(
                .badValue, message: "the schema name '\(configuration.schema)' is not a plain identifier")
        }
        try await makeSchema(configuration)
        var pools: [(name: String, pool: PostgresPool)] = []
        do {
            for (name, size, settings) in [
                ("events", configuration.poolSize, []), ("commits", 1, []),
                ("read_models", configuration.poolSize, readModelSettings),
            ] {
                let pool = try await PostgresPool.connect(
                    configuration.url, size: size, setUp: setUp(configuration.schema, settings: settings))
                pools.append((name, pool))
            }
        } catch {
            for (_, pool) in pools { await pool.close() }
            throw error
        }
        return PostgresDeployment(configuration: configuration, pools: pools)
    }

    private init(configuration: Configuration, pools: [(name: String, pool: PostgresPool)]) {
        self.configuration = configuration
        self.pools = pools
        let connect = Self.connect(configuration)
        events = PostgresEventStore(pool: pools[0].pool, commitPool: pools[1].pool, listen: connect)
        readModels = PostgresReadModelStore(pool: pools[2].pool)
        leases = PostgresLeases(connect: connect)
    }

    /// The pools' figures for `/metrics`.
    package var poolMetrics: [PoolMetrics] { pools.map { PoolMetrics(pool: $0.pool, name: $0.name) } }

    /// Stops the event store's listener and closes every connection; the stores must not be used
    /// afterwards.
    package func close() async {
        await events.stop()
        await readModels.stop()
        await leases.close()
        for (_, pool) in pools { await pool.close() }
    }

    /// Makes the schema when it is missing. Two processes starting together may both try: the
    /// loser's "already exists" is success too.
    private static func makeSchema(_ configuration: Configuration) async throws {
        let schema = configuration.schema
        let admin = try await PostgresConnection.connect(configuration.url)
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

    /// Sets a new (or reconnected) session up: the schema first on its search path, then `settings`.
    private static func setUp(_ schema: String, settings: [(String, String)])
        -> @Sendable (PostgresConnection) async throws -> Void
    {
        { connection in
            _ = try await connection.query("SELECT set_config('search_path', $1, false)", [schema])
            for (name, value) in settings {
                _ = try await connection.query("SELECT set_config($1, $2, false)", [name, value])
            }
        }
    }

    /// Opens a connection of its own into the schema, as the pools' are set up (the leases, the
    /// listener, a rebuild).
    package static func connect(_ configuration: Configuration) -> @Sendable () async throws -> PostgresConnection {
        let url = configuration.url
        let setUp = setUp(configuration.schema, settings: [])
        return {
            let connection = try await PostgresConnection.connect(url)
            try await setUp(connection)
            return connection
        }
    }
}
