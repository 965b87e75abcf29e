import Postgres
import Testing

/// LISTEN/NOTIFY through the binding: what one session notifies reaches another that listens,
/// and a wait with nothing sent ends empty at its timeout.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresNotificationTests {
    @Test func aNotifyReachesTheListenerAndAQuietWaitEndsEmpty() async throws {
        try await TestDatabase.withSchema { schema in
            let listener = try await schema.connect()
            let sender = try await schema.connect()
            _ = try await listener.query("LISTEN cqrs_test_channel")
            #expect(try await listener.notifications(waitingUpTo: .milliseconds(50)).isEmpty)
            let waiting = Task { try await listener.notifications(waitingUpTo: .seconds(10)) }
            _ = try await sender.query("SELECT pg_notify('cqrs_test_channel', $1)", ["hello"])
            let received = try await waiting.value
            #expect(received.map(\.channel) == ["cqrs_test_channel"])
            #expect(received.map(\.payload) == ["hello"])
            // A notify inside a transaction arrives only once it commits.
            try await sender.transaction { transaction in
                _ = try await transaction.query("SELECT pg_notify('cqrs_test_channel', 'later')")
                #expect(try await listener.notifications(waitingUpTo: .milliseconds(100)).isEmpty)
            }
            #expect(try await listener.notifications(waitingUpTo: .seconds(10)).map(\.payload) == ["later"])
            await listener.close()
            await sender.close()
        }
    }

    @Test func aListenerWhoseSessionIsTerminatedIsToldTheConnectionIsLost() async throws {
        try await TestDatabase.withSchema { schema in
            let listener = try await schema.connect()
            let admin = try await schema.connect()
            _ = try await listener.query("LISTEN cqrs_test_channel")
            let pid = try await listener.query("SELECT pg_backend_pid()").first?[0] ?? ""
            _ = try await admin.query("SELECT pg_terminate_backend($1::int)", [pid])
            await #expect(throws: PostgresError.self) {
                for _ in 0..<50 { _ = try await listener.notifications(waitingUpTo: .milliseconds(100)) }
            }
            await listener.close()
            await admin.close()
        }
    }
}
