package import LOW
import Synchronization

/// The guarantees of `LOW.EventStore`, as checks every implementation's tests run: the in-memory
/// store, the file log and PostgreSQL pass the same ones.
///
/// Each check takes a fresh, empty store and throws a `ContractViolation` when a guarantee fails.
/// Run them one test case each:
///
/// ```swift
/// @Test(arguments: EventStoreContract.checks.map(\.name))
/// func passesTheEventStoreContract(_ name: String) async throws {
///     try await EventStoreContract.run(name, on: InMemoryEventStore())
/// }
/// ```
package enum EventStoreContract {
    /// One guarantee: its name (a behaviour sentence) and its check.
    package struct Check: Sendable {
        package var name: String
        package var run: @Sendable (any EventStore) async throws -> Void
    }

    package static let checks: [Check] = [
        Check(name: "anEmptyStoreHasNothing", run: anEmptyStoreHasNothing),
        Check(name: "aCommitRecordsEveryEventInOrder", run: aCommitRecordsEveryEventInOrder),
        Check(
            name: "aStaleExpectedVersionConflictsAndWritesNothing", run: aStaleExpectedVersionConflictsAndWritesNothing),
        Check(name: "aKeyHeldByAnotherOwnerCannotBeClaimed", run: aKeyHeldByAnotherOwnerCannotBeClaimed),
        Check(name: "aStoredCommandIdAnswersWithItsFirstEvents", run: aStoredCommandIdAnswersWithItsFirstEvents),
        Check(name: "aStoredEventIdIsNeverStoredTwice", run: aStoredEventIdIsNeverStoredTwice),
        Check(name: "readsFilterByStreamTypeTimeAndPosition", run: readsFilterByStreamTypeTimeAndPosition),
        Check(name: "loadFoldsTheStreamAsItGrows", run: loadFoldsTheStreamAsItGrows),
        Check(
            name: "concurrentCommitsKeepPositionsOrderedAndVersionsExclusive",
            run: concurrentCommitsKeepPositionsOrderedAndVersionsExclusive),
        Check(
            name: "aReaderFollowingTheHeadNeverSkipsACommittedEvent",
            run: aReaderFollowingTheHeadNeverSkipsACommittedEvent),
        Check(name: "concurrentDuplicatesAreStoredOnce", run: concurrentDuplicatesAreStoredOnce),
        Check(
            name: "waitForEventsReturnsOnceTheHeadPassesOrWhenCancelled",
            run: waitForEventsReturnsOnceTheHeadPassesOrWhenCancelled),
    ]

    /// Runs the check `name` on `store`.
    package static func run(_ name: String, on store: any EventStore) async throws {
        guard let check = checks.first(where: { $0.name == name }) else {
            throw ContractViolation(message: "no check named \(name)", line: #line)
        }
        try await check.run(store)
    }

    /// Runs every check, each on a store `makeStore` makes.
    package static func runAll(makeStore: () async throws -> any EventStore) async throws {
        for check in checks { try await check.run(try await makeStore()) }
    }
}
