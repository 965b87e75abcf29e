/// The port that decides which process runs a projector or a process manager when several
/// processes share one database: a named lease, held by one holder at a time.
///
/// Implementations must guarantee:
/// - `acquire` never waits for another holder: it answers `nil` at once when the name is held.
/// - Two holders of one name overlap only for as long as a lost lease takes to be noticed (the
///   read-model store's fence, `ReadModelError.checkpointMoved`, covers that overlap).
/// - A holder that dies (its process killed, its connection dropped) gives the lease up within
///   seconds, so that another process's next `acquire` gets it.
///
/// `AlwaysGrantedLeases` is the in-process shell's: every name is granted at once and never lost.
/// `PostgresLeases` (Postgres) holds session advisory locks on a connection of its own.
package protocol Leases: Sendable {
    /// Takes `name` if nobody holds it.
    /// - Returns: the lease, `nil` when another holder has it (try again later).
    /// - Throws: when it cannot tell (a lost connection); the caller tries again later.
    func acquire(_ name: String) async throws -> (any Lease)?

    /// Watches the leases held, noticing when they are lost, until the task is cancelled; returns
    /// at once for leases that cannot be lost. The runtime runs it beside its runners.
    func watch() async throws
}

/// One held name of `Leases`.
package protocol Lease: Sendable {
    var name: String { get }
    /// Returns once the lease is lost (its holder must stop at once: another may hold it already).
    /// - Throws: `CancellationError` when the task is cancelled first.
    func lost() async throws
    /// Gives the lease up, so another holder can take it.
    func release() async
}

/// Leases for one process alone (the in-process shell): every name is granted at once, is never
/// lost, and costs nothing per event.
package struct AlwaysGrantedLeases: Leases {
    package init() {}

    package func acquire(_ name: String) async throws -> (any Lease)? { GrantedLease(name: name) }

    package func watch() async throws {}

    private struct GrantedLease: Lease {
        let name: String
        func lost() async throws { try await Latch().wait() }
        func release() async {}
    }
}
