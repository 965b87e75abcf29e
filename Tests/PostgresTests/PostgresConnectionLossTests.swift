import Postgres
import Testing

@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresConnectionLossTests {
    @Test func reportsATerminatedBackendAsLostAndReconnects() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { victim in
                let pid = try #require(try await victim.query("SELECT pg_backend_pid()").first?[0])
                try await schema.withConnection { killer in
                    // The timeout makes pg_terminate_backend wait until the backend has exited.
                    let killed = try await killer.query("SELECT pg_terminate_backend($1::int4, 5000)", [pid])
                    #expect(try killed.first?.bool(0) == true)
                }
                let error = await #expect(throws: PostgresError.self) {
                    try await victim.query("SELECT 1")
                }
                #expect(error?.code == .connectionLost)
                try await victim.reconnect()
                let newPID = try await victim.query("SELECT pg_backend_pid()").first?[0]
                #expect(newPID != nil && newPID != pid)
                #expect(try await victim.query("SELECT $1::int8", ["7"]).first?.int64(0) == 7)
            }
        }
    }
}
