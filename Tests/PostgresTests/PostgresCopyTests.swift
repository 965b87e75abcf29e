import Testing

@testable import Postgres

/// `PostgresConnection.copy`: COPY FROM STDIN through libpq, in the text format `RebuildCopyText`
/// writes.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresCopyTests {
    @Test func rowsArriveAsSentWithTabsNewlinesAndBackslashesInTheirValues() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE copied (n int8, value text)")
                let values = ["plain", "a\tb", "line\nbreak\r", "back\\slash \\N", "ünïcödé", ""]
                let copied = try await connection.copy("COPY copied (n, value) FROM STDIN") { writer in
                    for (n, value) in values.enumerated() {
                        var line = Array("\(n)\t".utf8)
                        RebuildCopyText.append(value, to: &line)
                        line.append(UInt8(ascii: "\n"))
                        // One row split over two sends: the server joins the chunks.
                        try await writer.send(Array(line.prefix(2)))
                        try await writer.send(Array(line.dropFirst(2)))
                    }
                }
                #expect(copied == values.count)
                let rows = try await connection.query("SELECT value FROM copied ORDER BY n")
                #expect(rows.map { $0[0] } == values)
            }
        }
    }

    @Test func aSourceThatFailsCopiesNothingAndLeavesTheConnectionUsable() async throws {
        struct SourceFailed: Error {}
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE copied (n int8)")
                await #expect(throws: SourceFailed.self) {
                    _ = try await connection.copy("COPY copied (n) FROM STDIN") { writer in
                        try await writer.send(Array("1\n2\n".utf8))
                        throw SourceFailed()
                    }
                }
                #expect(try await connection.query("SELECT count(*) FROM copied").first?[0] == "0")
            }
        }
    }

    @Test func dataTheServerRefusesFailsTheCopyWithItsSQLState() async throws {
        try await TestDatabase.withSchema { schema in
            try await schema.withConnection { connection in
                _ = try await connection.query("CREATE TABLE copied (n int8)")
                await #expect {
                    _ = try await connection.copy("COPY copied (n) FROM STDIN") { writer in
                        try await writer.send(Array("1\nnot a number\n".utf8))
                    }
                } throws: { error in
                    (error as? PostgresError)?.sqlState == "22P02"
                }
                #expect(try await connection.query("SELECT count(*) FROM copied").first?[0] == "0")
            }
        }
    }
}
