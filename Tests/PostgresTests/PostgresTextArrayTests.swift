import Postgres
import Testing

/// `PostgresText.array`: any strings, as an array parameter, reach the server unchanged.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresTextArrayTests {
    @Test func everyStringComesBackUnchangedThroughATextArray() async throws {
        try await TestDatabase.withSchema { schema in
            let values = [
                "plain", "", "NULL", "with \"quotes\"", "back\\slash", "a,b", "{braces}", " spaced ", "été ✓ 🚀",
                "'; DROP TABLE cqrs_events; --", "\\\"", "tab\tand\nnewline",
            ]
            try await schema.withConnection { connection in
                let rows = try await connection.query(
                    "SELECT value FROM unnest($1::text[]) WITH ORDINALITY AS u(value, n) ORDER BY n",
                    [PostgresText.array(values)])
                #expect(rows.map { $0[0] } == values.map { Optional($0) })
            }
        }
    }
}
