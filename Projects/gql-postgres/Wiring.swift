import Functions
import LOW
import Postgres
import Runtime

/// What gql-postgres runs under the shared GraphQL service (`Launch.serveGraphQL`): the event
/// store and the read models, each over a pool of its own into the schema, and the runtime over
/// the domain's catalog.
///
/// Two pools, not one: hundreds of commands may queue for a connection under load, and the
/// projections they wait for must never queue behind them.
enum Wiring {
    /// Opens a pool, each connection searching `--database-schema` first, after making the
    /// schema when it is missing. `settings` are further session settings (name, value).
    static func pool(_ options: Options, settings: [(String, String)] = []) async throws -> PostgresPool {
        let schema = options.databaseSchema
        let admin = try await PostgresConnection.connect(options.databaseURL)
        do {
            // The name passed `Options.isSchemaName`: a plain identifier, safe to write into DDL.
            if try await admin.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]).isEmpty {
                _ = try await admin.query("CREATE SCHEMA IF NOT EXISTS \(schema)")
            }
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        return try await PostgresPool.connect(options.databaseURL, size: options.poolSize) { connection in
            _ = try await connection.query("SELECT set_config('search_path', $1, false)", [schema])
            for (name, value) in settings {
                _ = try await connection.query("SELECT set_config($1, $2, false)", [name, value])
            }
        }
    }

    /// The read models' session settings: their commits do not wait for the WAL flush. A row and
    /// its projector's checkpoint commit together, so a server crash can only lose both, and the
    /// projector then applies those events again from the log, which is durable: the effect
    /// stays exactly once, and a projection commit costs no disk sync.
    static let readModelSettings = [("synchronous_commit", "off")]

    static func runtime(_ options: Options, events: PostgresPool, readModels: PostgresPool) -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = options.serving.requestTimeout
        return CatalogRuntime(
            catalog: Domain.catalog, events: PostgresEventStore(pool: events),
            readModels: PostgresReadModelStore(pool: readModels), configuration: configuration)
    }
}
