import Foundation
import InProcess
import LOW
import ShellTesting
import Synchronization
import TestSupport
import Testing

/// The file log after a write fails (a disk that fills, through the test-only write limit): it
/// stops for good, answers every commit it had not made durable with an error, shows none of them
/// to readers, and a reopen recovers everything it acknowledged.
@Suite(.exclusive)
struct FileEventLogWriteFailureTests {
    static func command() -> ChangeSet {
        let command = CommandEnvelope(
            id: ID.random(), name: "Deposit", payload: ["amount": 1], issuedAt: Timestamp(microseconds: 0))
        return ChangeSet(
            command: command, events: [.init(id: ID.random(), type: "Deposited", streamID: "s", payload: nil)])
    }

    @Test func aFailedWriteStopsTheLogAndHidesWhatItHadNotMadeDurable() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path, writeLimitForTesting: 600)
        var acknowledged: [ID] = []
        var failed: ChangeSet?
        while failed == nil {
            let changes = Self.command()
            do {
                _ = try await log.commit(changes)
                acknowledged.append(changes.command.id)
            } catch {
                failed = changes
            }
        }
        let failedID = try #require(failed?.command.id)
        #expect(!log.isWritable)
        #expect(try await log.writeFailure().isIO)
        await #expect(throws: StoreError.self) { try await log.commit(Self.command()) }
        #expect(try await log.head() == Int64(acknowledged.count))
        let visible = try await log.read(after: 0, limit: 1000, filter: .all)
        #expect(visible.map(\.commandID) == acknowledged)
        // Its outcome is never answered: not as stored, not as unknown.
        await #expect(throws: StoreError.self) { try await log.events(forCommand: failedID) }
        await log.close()

        let reopened = try FileEventLog.open(directory: directory.path)
        let all = try await reopened.read(after: 0, limit: 1000, filter: .all)
        #expect(all.map(\.commandID) == acknowledged)
        #expect(reopened.isWritable)
        await reopened.close()
    }

    @Test func commitsInFlightWhenTheDiskFillsAreAllAnsweredAndNoneAcknowledgedIsLost() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path, writeLimitForTesting: 8 << 10)
        let outcomes = Outcomes()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    while true {
                        let changes = Self.command()
                        do {
                            let recorded = try await log.commit(changes)
                            outcomes.state.withLock { $0.acknowledged[changes.command.id] = recorded[0].position }
                        } catch {
                            outcomes.state.withLock { $0.failed += 1 }
                            return
                        }
                    }
                }
            }
        }
        let (acknowledged, failed) = outcomes.state.withLock { ($0.acknowledged, $0.failed) }
        #expect(failed == 32, "every writer got its error")
        #expect(!log.isWritable)
        #expect(try await log.head() == Int64(acknowledged.count), "nothing past the last durable commit is visible")
        await log.close()

        let reopened = try FileEventLog.open(directory: directory.path)
        let all = try await reopened.read(after: 0, limit: 10_000, filter: .all)
        let positions = Dictionary(uniqueKeysWithValues: all.map { ($0.commandID, $0.position) })
        for (id, position) in acknowledged { #expect(positions[id] == position, "acknowledged \(id) is kept in place") }
        await reopened.close()
    }
}

/// What the concurrent writers of a test saw.
private final class Outcomes: Sendable {
    let state = Mutex<(acknowledged: [ID: Int64], failed: Int)>(([:], 0))
}
