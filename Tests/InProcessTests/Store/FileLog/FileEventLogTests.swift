import Foundation
import InProcess
import LOW
import ShellTesting
import TestSupport
import Testing

@Suite(.exclusive)
struct FileEventLogTests {
    @Test(arguments: EventStoreContract.checks.map(\.name))
    func passesTheEventStoreContract(_ check: String) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path)
        try await EventStoreContract.run(check, on: log)
        await log.close()
    }

    @Test func aReopenedLogHoldsEverythingItAcknowledged() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let key = UniqueKey(scope: "customer-email", value: "ada@x.io")
        let log = try FileEventLog.open(directory: directory.path)
        let first = ContractFixtures.command(payload: ["email": "ada@x.io"], seconds: 3)
        var written = try await log.commit(
            ContractFixtures.changes(first, [("A", "s"), ("B", "t")], claims: [key: "c-1"]))
        for round in 0..<50 { written += [try await ContractFixtures.append(log, stream: "s", seconds: Int64(round))] }
        await log.close()

        let reopened = try FileEventLog.open(directory: directory.path)
        #expect(reopened.recovery.records == 51 && reopened.recovery.truncatedBytes == 0)
        #expect(try await reopened.read(after: 0, limit: 1000, filter: .all) == written)
        #expect(try await reopened.command(first.id) == first)
        #expect(try await reopened.owner(of: key) == "c-1")
        #expect(try await reopened.load(PositionsAggregate.self, stream: "s").version == 51)
        let next = try await ContractFixtures.append(reopened, stream: "s")
        #expect(next.position == 53 && next.streamVersion == 52)
        await #expect(throws: CommitError.duplicateCommand(Array(written[0..<2]))) {
            try await reopened.commit(ContractFixtures.changes(first, [("A", "s")]))
        }
        await reopened.close()
    }

    @Test func aSecondOpenOfTheSameDirectoryIsRefused() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path)
        #expect(throws: StoreError.self) { try FileEventLog.open(directory: directory.path) }
        await log.close()
        let again = try FileEventLog.open(directory: directory.path)
        await again.close()
    }

    @Test func aClosedLogRefusesCommits() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path)
        await log.close()
        await #expect(throws: StoreError.self) { try await ContractFixtures.append(log, stream: "s") }
    }

    @Test func oneSyncServesManyConcurrentCommits() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // A sync that lasts 2 ms (as on a slower disk) lets the commits of 64 writers meet at each
        // one whatever the machine's load; with this disk's 0.2 ms syncs the grouping depends on
        // how the two cores are shared at the moment.
        let log = try FileEventLog.open(directory: directory.path, syncDelayForTesting: .milliseconds(2))
        let writers = 64
        let perWriter = 20
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    for _ in 0..<perWriter { try await ContractFixtures.append(log, stream: "w-\(writer)") }
                }
            }
            try await group.waitForAll()
        }
        let commits = writers * perWriter
        #expect(try await log.head() == Int64(commits))
        // Without grouping there would be one sync per commit.
        #expect(log.syncCount * 4 <= commits, "\(log.syncCount) syncs for \(commits) commits")
        await log.close()
    }
}
