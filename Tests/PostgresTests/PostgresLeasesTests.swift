import Postgres
import Runtime
import TestSupport
import Testing

/// Advisory-lock leases: one holder per name and schema, given up when the holder's session ends.
@Suite(.tags(.postgres), TestDatabase.enabled, .exclusive)
struct PostgresLeasesTests {
    @Test func aNameHasOneHolderUntilItIsReleased() async throws {
        try await TestDatabase.withSchema { schema in
            let first = PostgresLeases { try await schema.connect() }
            let second = PostgresLeases { try await schema.connect() }
            let lease = try #require(try await first.acquire("projector:accounts"))
            #expect(try await second.acquire("projector:accounts") == nil)
            #expect(try await first.acquire("projector:accounts") == nil, "a session lock must not be taken twice")
            #expect(try await second.acquire("projector:users") != nil, "other names are free")
            await lease.release()
            #expect(try await second.acquire("projector:accounts") != nil)
            await first.close()
            await second.close()
        }
    }

    @Test func leasesOfOtherSchemasDoNotContend() async throws {
        try await TestDatabase.withSchema { one in
            try await TestDatabase.withSchema { other in
                let first = PostgresLeases { try await one.connect() }
                let second = PostgresLeases { try await other.connect() }
                let one = try await first.acquire("projector:accounts")
                let other = try await second.acquire("projector:accounts")
                #expect(one != nil && other != nil)
                await first.close()
                await second.close()
            }
        }
    }

    @Test func aHolderWhoseSessionEndsLosesItsLeaseAndAnotherTakesIt() async throws {
        try await TestDatabase.withSchema { schema in
            let first = PostgresLeases(checkInterval: .milliseconds(200)) { try await schema.connect() }
            let second = PostgresLeases { try await schema.connect() }
            let watching = Task { try await first.watch() }
            let lease = try #require(try await first.acquire("process:transfer-process"))
            let pid = try #require(try await first.backendPID())
            // What a crash looks like from the server: the session goes, its locks with it.
            try await schema.withConnection { admin in
                _ = try await admin.query("SELECT pg_terminate_backend($1::int4)", [String(pid)])
            }
            let start = ContinuousClock.now
            try await lease.lost()
            #expect(ContinuousClock.now - start < .seconds(3))
            #expect(try await second.acquire("process:transfer-process") != nil)
            watching.cancel()
            await first.close()
            await second.close()
        }
    }
}
