import Synchronization

/// Commits of other processes, heard as `NOTIFY`s: a committing store sends one per batch on the
/// channel `cqrs_events` (payload `schema:position`), and a listening store advances its
/// `HeadSignal` when one names its own schema, so its followers wake at once instead of at their
/// next look at the head. A hint only: a notification lost while the listening connection was
/// down costs at most one poll interval, since `waitForEvents` still looks at the head.
final class CommitNotifications: Sendable {
    static let channel = "cqrs_events"

    /// Opens the dedicated listening connection (with the stores' search path).
    private let connect: @Sendable () async throws -> PostgresConnection
    private let listening = Mutex<Task<Void, Never>?>(nil)

    init(connect: @escaping @Sendable () async throws -> PostgresConnection) { self.connect = connect }

    /// Starts listening in a task of its own, advancing `signal`; reconnects after a failure.
    func start(advancing signal: HeadSignal) {
        let connect = connect
        let task = Task {
            while !Task.isCancelled {
                do {
                    try await Self.listen(try await connect(), advancing: signal)
                } catch {
                    // The server is away: polling carries the followers until it is back.
                    try? await Task.sleep(for: .seconds(1))
                }
            }
        }
        listening.withLock { $0 = task }
    }

    func stop() {
        listening.withLock { task in
            task?.cancel()
            task = nil
        }
    }

    private static func listen(_ connection: PostgresConnection, advancing signal: HeadSignal) async throws {
        do {
            let schema = try await connection.query("SELECT current_schema()").first?[0] ?? ""
            _ = try await connection.query("LISTEN \(channel)")
            let prefix = schema + ":"
            while !Task.isCancelled {
                for notification in try await connection.notifications(waitingUpTo: .milliseconds(500))
                where notification.payload.hasPrefix(prefix) {
                    if let position = Int64(notification.payload.dropFirst(prefix.count)) {
                        signal.advance(to: position)
                    }
                }
            }
        } catch {
            await connection.close()
            throw error
        }
        await connection.close()
    }

    /// Tells every listener that positions up to `position` are committed in the connection's schema.
    static func send(_ position: Int64, on connection: PostgresConnection) async throws {
        _ = try await connection.query(
            "SELECT pg_notify('\(channel)', current_schema() || ':' || $1)", [String(position)])
    }
}
