import Functions
import LOW
import Testing

@testable import Postgres

/// `RebuildEventReader`: the log as the event store reads it, decoded straight from libpq's result.
@Suite(.tags(.postgres), TestDatabase.enabled, .exclusive)
struct RebuildEventReaderTests {
    @Test func readsEveryEventAsTheEventStoreReadsIt() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            let opened = try await node.send("OpenAccount", ["owner": "ada \t\"quoted\" \\ ünï", "initialDeposit": 10])
            let id = try #require(opened.row?["id"]?.stringValue)
            _ = try await node.send("DepositMoney", ["accountId": .string(id), "amount": 5])
            _ = try await node.send("InviteCustomer", ["email": "ada@example.com"])
            _ = try await node.send("OpenAccount", ["owner": "bob"])
            let connection = try await schema.connect()
            let reader = RebuildEventReader(connection: connection)
            let all = try await node.events.read(after: 0, limit: 100, filter: .all)
            #expect(all.count >= 4)
            #expect(try await reader.read(after: 0, limit: 100) == all)
            let second = all[1].position
            #expect(try await reader.read(after: second, limit: 2) == Array(all.dropFirst(2).prefix(2)))
            #expect(try await reader.read(after: all[all.count - 1].position, limit: 100).isEmpty)
            await connection.close()
            await node.stop()
        }
    }

    @Test func anEventWhoseIdIsNotAnIdIsAnErrorNotASkip() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            await node.stop()
            let connection = try await schema.connect()
            _ = try await connection.query(
                "INSERT INTO cqrs_events (position, id, stream_id, stream_version, type, occurred_at, command_id, "
                    + "causation_id, correlation_id, data) VALUES (1, 'not-an-id', 's', 1, 't', 0, $1, $1, $1, '{}')",
                [ID.random().description])
            await #expect {
                _ = try await RebuildEventReader(connection: connection).read(after: 0, limit: 10)
            } throws: { error in
                (error as? PostgresError)?.code == .badValue
            }
            await connection.close()
        }
    }
}
