import CLibPQ
import Glibc

/// A `NOTIFY` the server delivered to a session that `LISTEN`s on its channel.
package struct PostgresNotification: Sendable, Equatable {
    package let channel: String
    package let payload: String
    /// The server process that sent it.
    package let senderProcessID: Int32
}

extension PostgresConnection {
    /// The notifications that arrived for this session's `LISTEN`s, waiting up to `timeout` for
    /// the first when none is there yet; empty when the time ran out.
    ///
    /// The wait is a `poll` on the connection's socket on its own thread, so a connection that
    /// listens should do nothing else: its other calls wait behind this one.
    /// - Throws: `.connectionLost` when the socket fails or the server closed the session.
    package func notifications(waitingUpTo timeout: Duration) async throws(PostgresError) -> [PostgresNotification] {
        let milliseconds = Int32(
            clamping: timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        return try await perform { thread throws(PostgresError) in
            let connection = try Self.open(thread)
            var received = try Self.consume(connection)
            guard received.isEmpty else { return received }
            var descriptor = pollfd(fd: PQsocket(connection), events: Int16(POLLIN), revents: 0)
            guard descriptor.fd >= 0 else {
                throw PostgresError(.connectionLost, message: Self.errorMessage(connection))
            }
            let ready = poll(&descriptor, 1, milliseconds)
            if ready < 0 && errno != EINTR {
                throw PostgresError(.connectionLost, message: "poll on the connection's socket failed: errno \(errno)")
            }
            if ready > 0 { received = try Self.consume(connection) }
            return received
        }
    }

    /// Reads what the socket holds and takes every notification libpq has parsed.
    private static func consume(_ connection: OpaquePointer) throws(PostgresError) -> [PostgresNotification] {
        guard PQconsumeInput(connection) == 1, PQstatus(connection) == CONNECTION_OK else {
            throw PostgresError(.connectionLost, message: errorMessage(connection))
        }
        var received: [PostgresNotification] = []
        while let notice = PQnotifies(connection) {
            received.append(
                PostgresNotification(
                    channel: String(cString: notice.pointee.relname), payload: String(cString: notice.pointee.extra),
                    senderProcessID: notice.pointee.be_pid))
            PQfreemem(notice)
        }
        return received
    }
}
