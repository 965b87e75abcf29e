package import LOW

/// What the gateway needs of the shell it fronts: the catalog it maps mutations onto, the stores
/// queries read, and the command path with read-your-writes.
///
/// The in-process shell, and later the Kafka and PostgreSQL shells, conform; the gateway never
/// knows which one runs behind it (swapping the deployment never edits the gateway).
package protocol GatewayBackend: Sendable {
    /// The handlers, projectors and process managers running behind the gateway.
    var catalog: Catalog { get }
    /// The event log `events(...)` pages through.
    var events: any EventStore { get }
    /// The read models queries and mutation results read.
    var readModels: any ReadModelStore { get }
    /// True once every connection is up and projections have caught up with the log at start (`/ready`).
    var isReady: Bool { get }
    /// Returns `true` once `isReady`, at once when it already is; `false` when `timeout` ran out first.
    func waitUntilReady(timeout: Duration) async -> Bool
    /// The position every projector has passed (for the projection-lag metric).
    var projectedPosition: Int64 { get }
    /// Event-store operations that failed since start, each retried (`store_failures_total`).
    var storeFailures: Int { get }
    /// Runs a client command and answers once its effects can be read back, or pending after `timeout`.
    func submit(_ envelope: CommandEnvelope, timeout: Duration?) async throws -> CommandResult
}
