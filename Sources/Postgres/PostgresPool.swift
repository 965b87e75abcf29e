import Synchronization

/// A fixed set of connections lent one task at a time, so a transaction has its connection to
/// itself while other tasks use the others. A task that finds none idle waits (holding no
/// thread) until one comes back, first come, first served.
///
/// A connection whose call failed with `.connectionLost` (the server restarted, the backend was
/// terminated) is reconnected, and set up again, the next time it is lent; while the server is
/// away that reconnect throws, so each caller fails fast and may retry, and the pool heals by
/// itself once the server is back.
package final class PostgresPool: Sendable {
    private struct State {
        var idle: [PostgresConnection]
        var waiters: [CheckedContinuation<PostgresConnection, Never>] = []
        /// Connections to reconnect before they are lent again.
        var broken: Set<ObjectIdentifier> = []
        var reconnects = 0
        var losses = 0
    }

    private let state: Mutex<State>
    /// Every connection of the pool, lent or not.
    package let connections: [PostgresConnection]
    /// Run on every connection after it connects and after each reconnect (a search path, say).
    private let setUp: @Sendable (PostgresConnection) async throws -> Void

    /// A pool of `connections`, already open and set up with `setUp`, which runs again after a
    /// reconnect.
    package init(
        connections: [PostgresConnection],
        setUp: @escaping @Sendable (PostgresConnection) async throws -> Void = { _ in }
    ) {
        precondition(!connections.isEmpty, "a pool needs at least one connection")
        self.connections = connections
        self.setUp = setUp
        state = Mutex(State(idle: connections))
    }

    /// Opens `size` connections to `conninfo` (a URI or conninfo string), each set up with `setUp`.
    /// - Throws: the first failure; the connections opened so far are closed.
    package static func connect(
        _ conninfo: String, size: Int, setUp: @escaping @Sendable (PostgresConnection) async throws -> Void = { _ in }
    ) async throws -> PostgresPool {
        var connections: [PostgresConnection] = []
        do {
            for _ in 0..<max(1, size) {
                let connection = try await PostgresConnection.connect(conninfo)
                connections.append(connection)
                try await setUp(connection)
            }
        } catch {
            for connection in connections { await connection.close() }
            throw error
        }
        return PostgresPool(connections: connections, setUp: setUp)
    }

    /// Runs `body` with a connection no other task uses until it returns.
    /// - Throws: what `body` throws, or the reconnect's failure when the connection had been lost.
    package func withConnection<T>(
        isolation: isolated (any Actor)? = #isolation, _ body: (PostgresConnection) async throws -> T
    ) async throws -> T {
        let connection = await borrow()
        do {
            try await healIfBroken(connection)
            let result = try await body(connection)
            giveBack(connection)
            return result
        } catch {
            if let failure = error as? PostgresError, failure.code == .connectionLost {
                state.withLock { state in
                    if state.broken.insert(ObjectIdentifier(connection)).inserted { state.losses += 1 }
                }
            }
            giveBack(connection)
            throw error
        }
    }

    /// How the pool is doing, for `/metrics`.
    package struct Statistics: Sendable {
        package var size: Int
        package var idle: Int
        package var waiting: Int
        package var broken: Int
        /// Connections found lost since start.
        package var losses: Int
        /// Successful reconnects since start.
        package var reconnects: Int
    }

    package var statistics: Statistics {
        state.withLock { state in
            Statistics(
                size: connections.count, idle: state.idle.count, waiting: state.waiters.count,
                broken: state.broken.count, losses: state.losses, reconnects: state.reconnects)
        }
    }

    /// Closes every connection; the pool must not be used afterwards.
    package func close() async {
        for connection in connections { await connection.close() }
    }

    private func healIfBroken(_ connection: PostgresConnection) async throws {
        let key = ObjectIdentifier(connection)
        guard state.withLock({ $0.broken.contains(key) }) else { return }
        try await connection.reconnect()
        try await setUp(connection)
        state.withLock { state in
            state.broken.remove(key)
            state.reconnects += 1
        }
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
