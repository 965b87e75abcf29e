import Functions
import LOW
import Postgres
import Runtime
import TestSupport
import Testing

/// Several processes on one database: each projector and process manager runs in the process
/// that holds its lease, and the others wait on its checkpoints.
@Suite(.tags(.postgres), TestDatabase.enabled, .exclusive)
struct PostgresMultiProcessTests {
    static let runners: Set<String> = Set(
        Domain.catalog.projectors.map(\.meta.name) + Domain.catalog.processManagers.map { type(of: $0).meta.name })

    /// Starts `owner` and waits until it holds every lease, then starts `follower`.
    static func ownerAndFollower(in schema: TestSchema) async throws -> (owner: PostgresNode, follower: PostgresNode) {
        let owner = try await PostgresNode.start(in: schema)
        try await owner.runtime.waitUntilReady()
        try #require(try await PostgresNode.eventually { owner.runtime.followedRunners.isEmpty })
        let follower = try await PostgresNode.start(in: schema)
        try await follower.runtime.waitUntilReady()
        try #require(try await PostgresNode.eventually { follower.runtime.followedRunners == runners })
        return (owner, follower)
    }

    @Test func aMutationServedByAFollowerAnswersWithTheRowTheOwnerProjected() async throws {
        try await TestDatabase.withSchema { schema in
            let (owner, follower) = try await Self.ownerAndFollower(in: schema)
            let opened = try await follower.send("OpenAccount", ["owner": "ada", "initialDeposit": 50])
            #expect(!opened.isPending)
            let id = try #require(opened.row?["id"]?.stringValue)
            #expect(opened.row?["balance"] == 50)
            let deposited = try await follower.send("DepositMoney", ["accountId": .string(id), "amount": 25])
            #expect(deposited.row?["balance"] == 75)
            #expect(follower.runtime.followedRunners == Self.runners, "the follower projected nothing itself")
            await follower.stop()
            await owner.stop()
        }
    }

    @Test func whenTheOwnerGoesAwayTheFollowerTakesOverWithinSeconds() async throws {
        try await TestDatabase.withSchema { schema in
            let (owner, follower) = try await Self.ownerAndFollower(in: schema)
            let opened = try await follower.send("OpenAccount", ["owner": "ada", "initialDeposit": 50])
            let id = try #require(opened.row?["id"]?.stringValue)
            await owner.stop()
            let start = ContinuousClock.now
            #expect(try await PostgresNode.eventually { follower.runtime.followedRunners.isEmpty })
            #expect(ContinuousClock.now - start < .seconds(5))
            let deposited = try await follower.send("DepositMoney", ["accountId": .string(id), "amount": 25])
            #expect(deposited.row?["balance"] == 75)
            await follower.stop()
        }
    }

    @Test func whenTheOwnersLeaseSessionIsCutProjectionGoesOnExactlyOnce() async throws {
        try await TestDatabase.withSchema { schema in
            let (owner, follower) = try await Self.ownerAndFollower(in: schema)
            let opened = try await follower.send("OpenAccount", ["owner": "ada", "initialDeposit": 0])
            let id = try #require(opened.row?["id"]?.stringValue)
            // Deposits keep coming through both processes while the owner's lease session is cut.
            let deposits = Task {
                for n in 0..<60 {
                    let node = n.isMultiple(of: 2) ? owner : follower
                    _ = try await node.send("DepositMoney", ["accountId": .string(id), "amount": 1])
                }
            }
            try await Task.sleep(for: .milliseconds(100))
            let pid = try #require(try await owner.leases.backendPID())
            try await schema.withConnection { admin in
                _ = try await admin.query("SELECT pg_terminate_backend($1::int4)", [String(pid)])
            }
            try await deposits.value
            let last = try await follower.send("DepositMoney", ["accountId": .string(id), "amount": 1])
            #expect(!last.isPending)
            #expect(last.row?["balance"] == 61)
            let row = try await follower.readModels.row(Account.self, id: id)
            #expect(row?.balance == 61)
            // Every runner is owned by exactly one of the two again.
            #expect(
                try await PostgresNode.eventually {
                    owner.runtime.followedRunners.isDisjoint(with: follower.runtime.followedRunners)
                        && owner.runtime.followedRunners.union(follower.runtime.followedRunners) == Self.runners
                })
            await follower.stop()
            await owner.stop()
        }
    }

    @Test func aTransferWhoseProcessStoppedAfterTheDebitIsFinishedByTheNextProcess() async throws {
        try await TestDatabase.withSchema { schema in
            let events = PostgresEventStore(pool: PostgresPool(connections: [try await schema.connect()]))
            try await events.start()
            let balances = try await PostgresFencingTests.openAccounts(2, depositing: 0, into: events)
            let ids = balances.keys.sorted()
            let transfer = try await PostgresFencingTests.run(
                "TransferMoney", ["from": .string(ids[0]), "to": .string(ids[1]), "amount": 30], events)
            guard case .accepted(let requested) = transfer, let request = requested.first else {
                throw PostgresFencingTests.Unexpected(outcome: transfer)
            }
            // What a process killed between the debit and the credit leaves: the debit stored,
            // and the process manager's checkpoint past the request but not past the debit.
            let debit = try #require(TransferProcess().react(to: request).first)
            let handler = try #require(Domain.catalog.handler(for: debit.name))
            _ = try await handler.execute(debit, store: events)
            let readModels = try await PostgresReadModelStoreTests.store(in: schema)
            try await readModels.advance(TransferProcess.meta.name, to: request.position)

            let node = try await PostgresNode.start(in: schema)
            let transferID = try #require(try TransferEvent(recorded: request)?.transferID)
            #expect(
                try await PostgresNode.eventually {
                    try await node.readModels.row(Transfer.self, id: transferID)?.status == Transfer.completed
                })
            #expect(try await node.readModels.row(Account.self, id: ids[0])?.balance == 70)
            #expect(try await node.readModels.row(Account.self, id: ids[1])?.balance == 130)
            let head = try await events.head()
            #expect(
                try await PostgresNode.eventually {
                    try await readModels.checkpoint(of: TransferProcess.meta.name) >= head
                }, "the process manager's progress is stored")
            await node.stop()
            await readModels.pool.close()
            await events.pool.close()
        }
    }
}
