/// The port every event store implements: atomic commits with optimistic concurrency, reads by
/// stream, position, type and time, and idempotency by command id.
///
/// Guarantees implementations must give (checked by `ShellTesting.EventStoreContract`):
/// - `commit` applies all of a `ChangeSet` or nothing.
/// - Positions are above 0 and increase in the order readers see commits; they may have gaps. What
///   delivery needs: a reader that pages with `read(after:)` from its last position, and waits with
///   `waitForEvents(after:)` at the head, sees every committed event exactly once, in position
///   order. So no event may become visible below a position a reader has already passed (the
///   in-memory store and the file log number at commit under one lock; a database must fence).
/// - A commit whose command id is already stored changes nothing and throws `.duplicateCommand`
///   with the first outcome's events, so a retry answers as the first attempt did.
/// - An event id already stored is never stored again.
/// - Once `commit` returns, the events are as durable as the store promises (fsync for the file log).
package protocol EventStore: Reader, Lifecycle {
    func commit(_ changes: ChangeSet) async throws -> [RecordedEvent]
    /// The events the command `id` wrote, `nil` when it has not been handled.
    func events(forCommand id: ID) async throws -> [RecordedEvent]?
    /// The command stored under `id` with its payload, to bind an idempotency key to its first request.
    func command(_ id: ID) async throws -> CommandEnvelope?
    /// Up to `limit` events with a position above `position` that `filter` admits, in position order.
    func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent]
    /// The position of the last committed event (0 when empty).
    /// - Throws: when the store cannot answer (a lost database connection): an operational failure
    ///   the caller may retry.
    func head() async throws -> Int64
    /// Returns once the head is above `position` (immediately if it already is), or when cancelled.
    /// - Throws: when the store cannot tell (a lost connection); the caller reads again and retries.
    func waitForEvents(after position: Int64) async throws
}

/// Which events a read admits. Empty fields admit everything.
package struct EventFilter: Sendable, Hashable {
    package var streamID: String?
    package var types: Set<String>?
    /// Inclusive.
    package var from: Timestamp?
    /// Exclusive.
    package var to: Timestamp?

    package init(streamID: String? = nil, types: Set<String>? = nil, from: Timestamp? = nil, to: Timestamp? = nil) {
        self.streamID = streamID
        self.types = types
        self.from = from
        self.to = to
    }

    package static let all = EventFilter()

    package func admits(_ event: RecordedEvent) -> Bool {
        if let streamID, event.streamID != streamID { return false }
        if let types, !types.contains(event.type) { return false }
        if let from, event.occurredAt < from { return false }
        if let to, event.occurredAt >= to { return false }
        return true
    }
}

/// Why a commit did not happen. `conflict` and `claimTaken` are retried by the executor.
package enum CommitError: Error, Sendable, Equatable {
    /// A stream moved past the version the decision was made on.
    case conflict(streamID: String, expected: Int, actual: Int)
    /// Another entity already holds the key.
    case claimTaken(UniqueKey, owner: String)
    /// The command was already handled: these are the events of its first outcome.
    case duplicateCommand([RecordedEvent])
}
