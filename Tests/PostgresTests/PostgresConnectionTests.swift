import Postgres
import Testing

@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresConnectionTests {
    @Test func reportsTheLinkedLibpqVersion() {
        print("libpq \(PostgresConnection.libraryVersionText) (PQlibVersion \(PostgresConnection.libraryVersion))")
        #expect(PostgresConnection.libraryVersion >= 10_0000)
    }

    @Test func roundTripsParametersIncludingNullAndNonASCIIText() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                let text = "Grüße, Zoë — 日本語 ✓ 🐘"
                let rows = try await connection.query(
                    "SELECT $1::text AS text, $2::text AS missing, $3::int8 AS number, $4::bool AS flag",
                    [text, nil, "-9223372036854775808", "true"])
                #expect(rows.columns == ["text", "missing", "number", "flag"])
                #expect(rows.count == 1)
                let row = try #require(rows.first)
                #expect(row[0] == text)
                #expect(row["text"] == text)
                #expect(row["missing"] == nil)
                #expect(try row.int64("number") == Int64.min)
                #expect(try row.bool(3) == true)
                #expect(try row.int64("missing") == nil)
                #expect(throws: PostgresError.self) { try row.int64("text") }
                #expect(rows.commandTag == "SELECT 1")
            }
        }
    }

    @Test func keepsAnInjectionAttemptAsAValue() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE x (v text NOT NULL)")
                let attack = "Robert'); DROP TABLE x; -- \"quoted\" 'single' \\ $1"
                let insert = try await connection.query("INSERT INTO x (v) VALUES ($1)", [attack])
                #expect(insert.affectedRowCount == 1)
                _ = try await connection.query("SELECT v FROM x WHERE v = $1", ["'; DROP TABLE x; --"])
                let rows = try await connection.query("SELECT v FROM x")
                #expect(rows.map { $0["v"] } == [attack])
            }
        }
    }

    @Test func runsPreparedStatementsManyTimes() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE item (id int8 PRIMARY KEY, name text)")
                try await connection.prepare(name: "insert_item", sql: "INSERT INTO item (id, name) VALUES ($1, $2)")
                try await connection.prepare(name: "item_name", sql: "SELECT name FROM item WHERE id = $1")
                for id in 1...3 {
                    let inserted = try await connection.execute(
                        prepared: "insert_item", parameters: ["\(id)", "n\(id)"])
                    #expect(inserted.affectedRowCount == 1)
                }
                let rows = try await connection.execute(prepared: "item_name", parameters: ["2"])
                #expect(rows.map { $0[0] } == ["n2"])
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.execute(prepared: "no_such_statement", parameters: [])
                }
                #expect(error?.sqlState == "26000")
            }
        }
    }

    @Test func preparesEachTextOncePerSessionAndKeepsABoundedNumber() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                for number: Int64 in 1...3 {
                    let sum = try await connection.query("SELECT $1::int8 + 1", [String(number)])
                    #expect(try sum.first?.int64(0) == number + 1)
                }
                let prepared = try await connection.query(
                    "SELECT count(*) FROM pg_prepared_statements WHERE statement = $1", ["SELECT $1::int8 + 1"])
                #expect(try prepared.first?.int64(0) == 1, "three runs, one statement prepared")
                // One-off texts past the session's limit still run, unprepared.
                for number in 1...300 {
                    #expect(try await connection.query("SELECT \(number)::int8").first?.int64(0) == Int64(number))
                }
                let held = try await connection.query("SELECT count(*) FROM pg_prepared_statements")
                #expect(try held.first?.int64(0) == 256)
            }
        }
    }

    @Test func surfacesAUniqueViolationAs23505() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE email (address text PRIMARY KEY)")
                _ = try await connection.query("INSERT INTO email VALUES ($1)", ["ada@example.com"])
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.query("INSERT INTO email VALUES ($1)", ["ada@example.com"])
                }
                #expect(error?.sqlState == "23505")
                #expect(error?.isUniqueViolation == true)
                #expect(error?.code == .statementFailed)
            }
        }
    }

    @Test func surfacesASyntaxErrorAs42601AndStaysUsable() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                let error = await #expect(throws: PostgresError.self) {
                    try await connection.query("SELEC 1")
                }
                #expect(error?.sqlState == "42601")
                #expect(error?.code == .statementFailed)
                #expect(error?.message.contains("syntax error") == true)
                let rows = try await connection.query("SELECT 1 + $1::int4", ["1"])
                #expect(try rows.first?.int64(0) == 2)
            }
        }
    }

    @Test func refusesCallsAfterClose() async throws {
        let url = try #require(TestDatabase.url, "CQRS_TEST_DATABASE_URL is not set, and CQRS_REQUIRE_ALL=1")
        let connection = try await PostgresConnection.connect(url)
        await connection.close()
        let error = await #expect(throws: PostgresError.self) { try await connection.query("SELECT 1") }
        #expect(error?.code == .closed)
    }

    @Test func reportsAFailedConnect() async throws {
        let url = try #require(TestDatabase.url, "CQRS_TEST_DATABASE_URL is not set, and CQRS_REQUIRE_ALL=1")
        // The same server with a database that does not exist: a conninfo string this time.
        let port = try #require(url.split(separator: ":").last?.split(separator: "/").first)
        let error = await #expect(throws: PostgresError.self) {
            try await PostgresConnection.connect("host=127.0.0.1 port=\(port) user=postgres dbname=no_such_db")
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.message.contains("no_such_db") == true)
        // And the conninfo form connects when the database exists.
        let connection = try await PostgresConnection.connect("host=127.0.0.1 port=\(port) user=postgres")
        #expect(try await connection.query("SELECT 1").count == 1)
        await connection.close()
    }
}
