import Synchronization

/// A fixed set of connections lent one task at a time, so a transaction has its connection to
/// itself while other tasks use the others. A task that finds none idle waits (holding no
/// thread) until one comes back, first come, first served.
package final class PostgresPool: Sendable {
    private struct State {
        var idle: [PostgresConnection]
        var waiters: [CheckedContinuation<PostgresConnection, Never>] = []
    }

    private let state: Mutex<State>
    /// Every connection of the pool, lent or not.
    package let connections: [PostgresConnection]

    /// A pool of `connections`, already open and set up (a search path, for instance).
    package init(connections: [PostgresConnection]) {
        precondition(!connections.isEmpty, "a pool needs at least one connection")
        self.connections = connections
        state = Mutex(State(idle: connections))
    }

    /// Opens `size` connections to `conninfo` (a URI or conninfo string).
    /// - Throws: `PostgresError` of the first connection that fails; the others are closed.
    package static func connect(_ conninfo: String, size: Int) async throws -> PostgresPool {
        var connections: [PostgresConnection] = []
        do {
            for _ in 0..<max(1, size) { connections.append(try await PostgresConnection.connect(conninfo)) }
        } catch {
            for connection in connections { await connection.close() }
            throw error
        }
        return PostgresPool(connections: connections)
    }

    /// Runs `body` with a connection no other task uses until it returns.
    package func withConnection<T>(
        isolation: isolated (any Actor)? = #isolation, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let connection = await borrow()
        defer { giveBack(connection) }
        return try await body(connection)
    }

    /// Closes every connection; the pool must not be used afterwards.
    package func close() async {
        for connection in connections { await connection.close() }
    }

    private func borrow() async -> PostgresConnection {
        if let connection = state.withLock({ $0.idle.popLast() }) { return connection }
        return await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> PostgresConnection? in
                if let connection = state.idle.popLast() { return connection }
                state.waiters.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    private func giveBack(_ connection: PostgresConnection) {
        let waiter = state.withLock { state -> CheckedContinuation<PostgresConnection, Never>? in
            if state.waiters.isEmpty {
                state.idle.append(connection)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: connection)
    }
}
