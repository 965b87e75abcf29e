import Testing

@testable import LOW
@testable import Postgres

/// The names a rebuild writes into SQL, and the keys it copies: pure, no server.
struct RebuildTablesTests {
    @Test(arguments: ["customers", "a", "read_model_2"])
    func aPlainTableNameNamesBothTablesWithOneSuffix(_ table: String) throws {
        let tables = try #require(RebuildTables(table: table))
        #expect(tables.rows.hasPrefix("cqrs_rows_\(table)_"))
        #expect(tables.keys.hasPrefix("cqrs_row_keys_\(table)_"))
        #expect(
            tables.rows.dropFirst("cqrs_rows_\(table)_".count) == tables.keys.dropFirst("cqrs_row_keys_\(table)_".count)
        )
        #expect(tables.rows.utf8.count == "cqrs_rows_\(table)_".utf8.count + 12)
        #expect(PostgresIdentifier.isPlain(tables.keys))
    }

    @Test(arguments: ["Customers", "read-model", "a'b", "", String(repeating: "t", count: 37)])
    func aTableNameThatCannotBeWrittenIntoSQLAsIsIsRefused(_ table: String) {
        #expect(RebuildTables(table: table) == nil)
    }

    @Test func theLongestTableNameStillFitsPostgresNames() throws {
        let tables = try #require(RebuildTables(table: String(repeating: "t", count: RebuildTables.longestTableName)))
        #expect(tables.keys.utf8.count == 63)
    }

    @Test func aKeyTwoRowsNameBelongsToTheLaterRow() {
        let rows = [
            FoldedRow(id: "a", value: .null, indexKeys: ["email": "x@example.com", "name": "ada"]),
            FoldedRow(id: "b", value: .null, indexKeys: ["email": "x@example.com"]),
        ]
        let keys = RebuildKey.keys(of: rows[...])
        #expect(keys.count == 2)
        #expect(keys.first { $0.index == "email" }?.id == "b")
        #expect(keys.first { $0.index == "name" }?.id == "a")
    }
}
