import Postgres
import Testing

@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresTransactionTests {
    private struct Refused: Error {}

    @Test func commitsWhatTheBodyWrote() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE account (id text PRIMARY KEY, balance int8 NOT NULL)")
                let answer = try await connection.transaction { transaction in
                    _ = try await transaction.query("INSERT INTO account VALUES ($1, $2)", ["a", "100"])
                    _ = try await transaction.query("INSERT INTO account VALUES ($1, $2)", ["b", "5"])
                    return 42
                }
                #expect(answer == 42)
                // Committed: another session sees both rows.
                try await schema.withConnection { other in
                    let rows = try await other.query("SELECT sum(balance) AS total FROM account")
                    #expect(try rows.first?.int64("total") == 105)
                }
            }
        }
    }

    @Test func rollsBackWhenTheBodyThrows() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE account (id text PRIMARY KEY)")
                await #expect(throws: Refused.self) {
                    try await connection.transaction { transaction in
                        _ = try await transaction.query("INSERT INTO account VALUES ($1)", ["a"])
                        throw Refused()
                    }
                }
                let rows = try await connection.query("SELECT count(*) FROM account")
                #expect(try rows.first?.int64(0) == 0)
                // Not left inside the rolled-back transaction: a later statement commits on its own.
                _ = try await connection.query("INSERT INTO account VALUES ($1)", ["b"])
                try await schema.withConnection { other in
                    let ids = try await other.query("SELECT id FROM account").map { $0[0] }
                    #expect(ids == ["b"])
                }
            }
        }
    }

    @Test func refusesToCommitATransactionAStatementAborted() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE account (id text PRIMARY KEY)")
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.transaction { transaction in
                        _ = try await transaction.query("INSERT INTO account VALUES ($1)", ["a"])
                        // Caught, but the server has aborted the transaction all the same.
                        _ = try? await transaction.query("INSERT INTO account VALUES ($1)", ["a"])
                    }
                }
                #expect(error?.sqlState == "25P02")
                #expect(try await connection.query("SELECT count(*) FROM account").first?.int64(0) == 0)
            }
        }
    }
}
