package import Runtime

/// Leases as PostgreSQL session advisory locks (`pg_try_advisory_lock`), all held on one
/// connection of their own, never one of the pool's: a lock lives as long as its session, so a
/// process that dies (even by kill -9: the kernel closes its socket) frees its leases at once, and
/// another process's next `acquire` takes them.
///
/// The lock's key is derived in SQL from the connection's schema and the lease's name, so
/// processes on different schemas of one database never contend. `watch()` runs a cheap query on
/// the connection every `checkInterval` while leases are held: when it fails, the session (and
/// every lock) is gone, each lease reports `lost()`, and the next `acquire` connects afresh.
///
/// ```swift
/// let leases = PostgresLeases { try await PostgresConnection.connect(url) }
/// let runtime = CatalogRuntime(catalog: catalog, events: events, readModels: readModels, leases: leases)
/// ```
package actor PostgresLeases: Leases {
    /// Opens the dedicated connection (with the search path the stores use).
    private let connect: @Sendable () async throws -> PostgresConnection
    package let checkInterval: Duration
    private var connection: PostgresConnection?
    private var connecting: Task<PostgresConnection, any Error>?
    private var held: [String: HeldLease] = [:]
    /// Names being acquired now: a session lock is re-entrant, so a second try of a name this
    /// session holds would succeed; it must answer `nil` instead.
    private var acquiring: Set<String> = []

    package init(
        checkInterval: Duration = .milliseconds(500),
        connect: @escaping @Sendable () async throws -> PostgresConnection
    ) {
        self.checkInterval = checkInterval
        self.connect = connect
    }

    /// The first half of every lease's two-part lock key ("cqrs" in ASCII), apart from the
    /// single-key locks of migrations and event positions.
    static let keySpace = "1668379251"

    /// The lock's two-part key for the lease named by `$1`, in this session's schema.
    static let lockKey = "\(keySpace), hashtext(current_schema() || ':' || $1)"

    package func acquire(_ name: String) async throws -> (any Lease)? {
        guard held[name] == nil, acquiring.insert(name).inserted else { return nil }
        defer { acquiring.remove(name) }
        let connection = try await open()
        let granted: Bool
        do {
            let rows = try await connection.query(
                "SELECT pg_try_advisory_lock(\(Self.lockKey))", [name])
            granted = rows.first?[0] == "t"
        } catch {
            await drop(connection)
            throw error
        }
        guard granted else { return nil }
        let lease = HeldLease(name: name, leases: self)
        held[name] = lease
        return lease
    }

    package func watch() async throws {
        while !Task.isCancelled {
            do { try await Task.sleep(for: checkInterval) } catch { return }
            guard let connection, !held.isEmpty else { continue }
            do {
                _ = try await connection.query("SELECT 1")
            } catch {
                await drop(connection)
            }
        }
    }

    /// Gives every lease up and closes the connection.
    package func close() async {
        if let connection { await drop(connection) }
    }

    /// The server process that holds the leases, for tests that cut it off (`pg_terminate_backend`).
    package func backendPID() async throws -> Int64? {
        guard let connection else { return nil }
        return try await connection.query("SELECT pg_backend_pid()").first?.int64(0)
    }

    fileprivate func release(_ lease: HeldLease) async {
        guard held[lease.name] === lease else { return }
        held[lease.name] = nil
        guard let connection else { return }
        do {
            _ = try await connection.query(
                "SELECT pg_advisory_unlock(\(Self.lockKey))", [lease.name])
        } catch {
            // Whether the lock went with it is unknown: ending the session frees it for sure.
            await drop(connection)
        }
    }

    private func open() async throws -> PostgresConnection {
        if let connection { return connection }
        if let connecting { return try await connecting.value }
        let task = Task { try await connect() }
        connecting = task
        defer { connecting = nil }
        let opened = try await task.value
        connection = opened
        return opened
    }

    /// Ends `connection`'s session, if it is still the current one: its locks are gone (or go
    /// now), so every lease held on it is lost.
    private func drop(_ connection: PostgresConnection) async {
        guard self.connection === connection else { return }
        self.connection = nil
        let lost = held.values
        held = [:]
        for lease in lost { lease.isLost.open() }
        await connection.close()
    }
}

/// A lease `PostgresLeases` holds.
private final class HeldLease: Lease {
    let name: String
    let leases: PostgresLeases
    /// Opened when the session holding the lock ended.
    let isLost = Latch()

    init(name: String, leases: PostgresLeases) {
        self.name = name
        self.leases = leases
    }

    func lost() async throws { try await isLost.wait() }

    func release() async { await leases.release(self) }
}
