import Functions
import LOW
import Postgres
import Runtime

/// One `gql-postgres` process as the tests run it: the domain's `CatalogRuntime` over stores and
/// leases of its own connections to a test schema, running until `stop()`.
struct PostgresNode {
    let events: PostgresEventStore
    let readModels: PostgresReadModelStore
    let leases: PostgresLeases
    let runtime: CatalogRuntime
    private let running: Task<Void, any Error>

    static func start(in schema: TestSchema, leaseRetry: Duration = .milliseconds(200)) async throws -> PostgresNode {
        var connections: [PostgresConnection] = []
        for _ in 0..<8 { connections.append(try await schema.connect()) }
        let events = PostgresEventStore(pool: PostgresPool(connections: Array(connections[0..<4])))
        let readModels = PostgresReadModelStore(pool: PostgresPool(connections: Array(connections[4...])))
        let leases = PostgresLeases(checkInterval: .milliseconds(200)) { try await schema.connect() }
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = .seconds(30)
        configuration.leaseRetryInterval = leaseRetry
        let runtime = CatalogRuntime(
            catalog: Domain.catalog, events: events, readModels: readModels, leases: leases,
            configuration: configuration)
        return PostgresNode(events: events, readModels: readModels, leases: leases, runtime: runtime)
    }

    private init(
        events: PostgresEventStore, readModels: PostgresReadModelStore, leases: PostgresLeases, runtime: CatalogRuntime
    ) {
        self.events = events
        self.readModels = readModels
        self.leases = leases
        self.runtime = runtime
        running = Task { try await runtime.run() }
    }

    /// Cancels the runtime (no drain: a process that goes away), then closes its connections.
    func stop() async {
        running.cancel()
        _ = try? await running.value
        await leases.close()
        await events.pool.close()
        await readModels.pool.close()
    }

    func send(_ name: String, _ payload: Value, id: ID = .random()) async throws -> CommandResult {
        try await runtime.submit(CommandEnvelope(id: id, name: name, payload: payload, issuedAt: .now()))
    }

    /// Waits (up to `limit`) until `condition` holds, checking every 20 ms.
    static func eventually(
        within limit: Duration = .seconds(10), _ condition: () async throws -> Bool
    ) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return try await condition()
    }
}
