import Functions
import LOW
import Postgres
import Runtime
import TestSupport
import Testing

/// `gql-postgres rebuild`: a read model folded from position 0 beside the live one and swapped
/// in, while the service keeps serving and projecting.
@Suite(.tags(.postgres), TestDatabase.enabled, .exclusive)
struct PostgresRebuildTests {
    static let accounts = Domain.catalog.projectors.first { $0.meta.name == AccountProjector.meta.name }!

    static func database(_ schema: TestSchema) -> PostgresDeployment.Configuration {
        var database = PostgresDeployment.Configuration(url: schema.url)
        database.schema = schema.name
        return database
    }

    /// Every account row as its GraphQL value, in creation order.
    static func accountRows(_ store: PostgresReadModelStore) async throws -> [Value] {
        try await store.rows(Account.self, after: nil, first: 10_000).map(\.value)
    }

    @Test func aDamagedReadModelIsRebuiltFromTheLogAndTheCheckpointIsTheHead() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            var ids: [String] = []
            for n in 0..<20 {
                let opened = try await node.send("OpenAccount", ["owner": .string("owner-\(n)"), "initialDeposit": 10])
                ids.append(try #require(opened.row?["id"]?.stringValue))
            }
            for id in ids.prefix(5) {
                _ = try await node.send("DepositMoney", ["accountId": .string(id), "amount": 7])
            }
            let expected = try await Self.accountRows(node.readModels)
            await node.stop()

            // Damage: one row wrong, one gone, one that no event made.
            try await schema.withConnection { connection in
                _ = try await connection.query(
                    "UPDATE cqrs_rows SET data = '{\"id\":\"x\"}' WHERE table_name = 'accounts' AND id = $1", [ids[0]])
                _ = try await connection.query(
                    "DELETE FROM cqrs_rows WHERE table_name = 'accounts' AND id = $1", [ids[1]])
                _ = try await connection.query(
                    "INSERT INTO cqrs_rows (table_name, id, data) VALUES ('accounts', 'ghost', '{}')")
            }
            let report = try await PostgresRebuild(
                projector: Self.accounts, database: Self.database(schema), batchSize: 7
            ).run()
            #expect(report.rows == 20)

            let check = try await PostgresNode.start(in: schema)
            let head = try await check.events.head()
            #expect(report.position == head)
            #expect(report.events == Int(head))
            #expect(try await check.readModels.checkpoint(of: AccountProjector.meta.name) == head)
            #expect(try await Self.accountRows(check.readModels) == expected)
            await check.stop()
        }
    }

    @Test func aRebuildWhileDepositsKeepComingLosesNoneAndCountsNoneTwice() async throws {
        try await TestDatabase.withSchema { schema in
            let node = try await PostgresNode.start(in: schema)
            try await node.runtime.waitUntilReady()
            let opened = try await node.send("OpenAccount", ["owner": "ada"])
            let id = try #require(opened.row?["id"]?.stringValue)
            for _ in 0..<200 { _ = try await node.send("DepositMoney", ["accountId": .string(id), "amount": 1]) }
            // Deposits go on, through the live runner, while the rebuild reads the log and swaps.
            let deposits = Task {
                for _ in 0..<200 { _ = try await node.send("DepositMoney", ["accountId": .string(id), "amount": 1]) }
            }
            _ = try await PostgresRebuild(
                projector: Self.accounts, database: Self.database(schema), batchSize: 50
            ).run()
            try await deposits.value
            let last = try await node.send("DepositMoney", ["accountId": .string(id), "amount": 1])
            #expect(last.row?["balance"] == 401)
            #expect(try await node.readModels.row(Account.self, id: id)?.value["balance"] == 401)
            await node.stop()
        }
    }

    @Test func aSecondRebuildOfTheSameProjectorAtOnceIsRefused() async throws {
        try await TestDatabase.withSchema { schema in
            let holder = try await schema.connect()
            _ = try await holder.query(
                "SELECT pg_advisory_lock(hashtext('cqrs-rebuild:' || current_schema() || ':' || $1))",
                [AccountProjector.meta.name])
            await #expect(throws: PostgresRebuild.Refusal.self) {
                _ = try await PostgresRebuild(projector: Self.accounts, database: Self.database(schema)).run()
            }
            await holder.close()
        }
    }

    @Test func aRebuildOnASchemaThatDoesNotExistSaysSo() async throws {
        try await TestDatabase.withSchema { schema in
            var missing = Self.database(schema)
            missing.schema = schema.name + "_missing"
            await #expect(throws: PostgresRebuild.Refusal.noSchema(missing.schema)) {
                _ = try await PostgresRebuild(projector: Self.accounts, database: missing).run()
            }
        }
    }
}
