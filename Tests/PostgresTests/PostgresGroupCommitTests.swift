import LOW
import ShellTesting
import Testing

@testable import Postgres

/// Group commit: change sets that share one transaction each keep their own outcome.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresGroupCommitTests {
    @Test func aConflictInABatchRefusesOnlyItsOwnChangeSet() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresEventStoreTests.store(in: schema)
            _ = try await ContractFixtures.append(store, stream: "s")
            let before = ContractFixtures.changes(ContractFixtures.command(), [("A", "t")])
            let stale = ContractFixtures.changes(
                ContractFixtures.command(), [("A", "s")], expecting: ["s": .exactly(0)])
            let after = ContractFixtures.changes(
                ContractFixtures.command(), [("A", "s"), ("B", "t")], expecting: ["s": .exactly(1)])
            let outcomes = try await store.pool.withConnection {
                try await PostgresEventStore.write([before, stale, after], on: $0)
            }
            guard case .recorded(let first) = outcomes[0], case .recorded(let third) = outcomes[2] else {
                Issue.record("the change sets around the conflict are stored: \(outcomes)")
                return
            }
            #expect(outcomes[1] == .refused(.conflict(streamID: "s", expected: 0, actual: 1)))
            #expect(third.map(\.streamVersion) == [2, 2], "the stale one took no version")
            #expect(first[0].position < third[0].position && third[0].position < third[1].position)
            #expect(try await store.events(forCommand: stale.command.id) == nil, "the refused command is not stored")
            #expect(try await store.read(after: 0, limit: 10, filter: .all).suffix(3) == first + third)
            await store.pool.close()
        }
    }

    @Test func aClaimTakenEarlierInTheSameBatchRefusesTheLaterOne() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresEventStoreTests.store(in: schema)
            let key = UniqueKey(scope: "customer-email", value: "ada@example.com")
            let ada = ContractFixtures.changes(ContractFixtures.command(), [("A", "a")], claims: [key: "a"])
            let twin = ContractFixtures.changes(ContractFixtures.command(), [("A", "b")], claims: [key: "b"])
            let outcomes = try await store.pool.withConnection {
                try await PostgresEventStore.write([ada, twin], on: $0)
            }
            #expect(outcomes[1] == .refused(.claimTaken(key, owner: "a")))
            #expect(try await store.owner(of: key) == "a")
            await store.pool.close()
        }
    }

    @Test func aDuplicateInsideOneBatchAnswersWithTheFirstOutcome() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresEventStoreTests.store(in: schema)
            let command = ContractFixtures.command()
            let first = ContractFixtures.changes(command, [("A", "s")])
            let again = ContractFixtures.changes(command, [("B", "t")])
            let outcomes = try await store.pool.withConnection {
                try await PostgresEventStore.write([first, again], on: $0)
            }
            guard case .recorded(let recorded) = outcomes[0] else {
                Issue.record("the first delivery is stored: \(outcomes)")
                return
            }
            #expect(outcomes[1] == .duplicate)
            #expect(try await store.events(forCommand: command.id) == recorded)
            #expect(try await store.events(inStream: "t", after: 0).isEmpty)
            await store.pool.close()
        }
    }

    @Test func aFailureTheChecksDoNotForeseeFailsOnlyItsOwnChangeSet() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresEventStoreTests.store(in: schema)
            let stored = try await ContractFixtures.append(store, stream: "s")
            var reused = ContractFixtures.changes(ContractFixtures.command(), [("A", "t")])
            reused.events[0].id = stored.id
            let good = [("B", "u")].map { ContractFixtures.changes(ContractFixtures.command(), [$0]) }[0]
            let answers = await PostgresEventStore.commit([good, reused, good], in: store.pool)
            #expect(throws: PostgresError.self) { try answers[1].get() }
            #expect(try answers[2].get() == .duplicate, "the batch was committed one by one, in order")
            #expect(try await store.events(inStream: "u", after: 0).count == 1)
            #expect(try await store.events(forCommand: reused.command.id) == nil)
            await store.pool.close()
        }
    }

    @Test func concurrentCommitsToOneStreamLoseNoUpdate() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresEventStoreTests.store(in: schema, connections: 4)
            // Each task reads the version, decides, commits expecting it, and retries a conflict:
            // the executor's loop.
            let conflicts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<16 {
                    group.addTask {
                        var conflicts = 0
                        for _ in 0..<10 {
                            while true {
                                let version = try await store.events(inStream: "counter", after: 0).count
                                let changes = ContractFixtures.changes(
                                    ContractFixtures.command(), [("Incremented", "counter")],
                                    expecting: ["counter": .exactly(version)])
                                do {
                                    _ = try await store.commit(changes)
                                    break
                                } catch CommitError.conflict {
                                    conflicts += 1
                                }
                            }
                        }
                        return conflicts
                    }
                }
                return try await group.reduce(0, +)
            }
            let events = try await store.events(inStream: "counter", after: 0)
            #expect(events.map(\.streamVersion) == Array(1...160), "every increment is stored once, in order")
            #expect(isIncreasing(events.map(\.position)))
            #expect(conflicts > 0, "the tasks raced")
            await store.pool.close()
        }
    }

    @Test func concurrentCommitsShareTransactions() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresEventStoreTests.store(in: schema, connections: 2)
            let recorded = try await withThrowingTaskGroup(of: [RecordedEvent].self) { group in
                for n in 0..<64 {
                    group.addTask {
                        try await store.commit(ContractFixtures.changes(ContractFixtures.command(), [("A", "s\(n)")]))
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            let transactions = try await store.pool.withConnection { connection in
                try await connection.query("SELECT count(DISTINCT transaction_id) FROM cqrs_events").first?.int64(0)
            }
            #expect(recorded.count == 64)
            #expect(Set(recorded.map(\.position)).count == 64)
            #expect((transactions ?? 64) < 64, "some commits shared a transaction")
            await store.pool.close()
        }
    }
}

private func isIncreasing(_ positions: [Int64]) -> Bool {
    zip(positions, positions.dropFirst()).allSatisfy { $0 < $1 }
}
