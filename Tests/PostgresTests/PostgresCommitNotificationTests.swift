import LOW
import Postgres
import ShellTesting
import Testing

/// Another process's commit wakes a store that listens at once, not at its next look at the head.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresCommitNotificationTests {
    @Test func aCommitInAnotherStoreWakesAListeningWaiterLongBeforeItsPoll() async throws {
        try await TestDatabase.withSchema { schema in
            // The listener would look at the head only every 30 s: a prompt wake-up is the NOTIFY.
            let listener = PostgresEventStore(
                pool: PostgresPool(connections: [try await schema.connect()]), pollInterval: .seconds(30),
                listen: { try await schema.connect() })
            let writer = PostgresEventStore(
                pool: PostgresPool(connections: [try await schema.connect()]), listen: { try await schema.connect() })
            try await listener.start()
            try await writer.start()
            // Let the listener's LISTEN reach the server before the commit.
            try await Task.sleep(for: .milliseconds(300))
            let started = ContinuousClock.now
            let waiting = Task { try await listener.waitForEvents(after: 0) }
            try await Task.sleep(for: .milliseconds(100))
            try await ContractFixtures.append(writer, stream: "s-1")
            try await waiting.value
            #expect(ContinuousClock.now - started < .seconds(10))
            await listener.stop()
            await writer.stop()
            await listener.pool.close()
            await writer.pool.close()
        }
    }
}
