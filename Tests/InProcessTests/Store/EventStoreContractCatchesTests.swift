import InProcess
import LOW
import ShellTesting
import TestSupport
import Testing

/// The event-store contract fails a store that breaks delivery: the check is not one that any
/// store passes.
@Suite(.exclusive)
struct EventStoreContractCatchesTests {
    /// The in-memory store, except that reads never return the event at `hidden`: a reader
    /// following the head skips it, as one would behind a database transaction that commits late.
    struct SkippingStore: EventStore {
        let base = InMemoryEventStore()
        let hidden: Int64

        func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] { try await base.commit(changes) }
        func events(forCommand id: ID) async throws -> [RecordedEvent]? { try await base.events(forCommand: id) }
        func command(_ id: ID) async throws -> CommandEnvelope? { try await base.command(id) }
        func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
            try await base.read(after: position, limit: limit, filter: filter).filter { $0.position != hidden }
        }
        func head() async throws -> Int64 { try await base.head() }
        func waitForEvents(after position: Int64) async throws { try await base.waitForEvents(after: position) }
        func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
            try await base.events(inStream: streamID, after: version)
        }
        func owner(of key: UniqueKey) async throws -> String? { try await base.owner(of: key) }
    }

    @Test func aStoreWhoseReaderSkipsAnEventFailsTheDeliveryCheck() async throws {
        await #expect(throws: ContractViolation.self) {
            try await EventStoreContract.run(
                "aReaderFollowingTheHeadNeverSkipsACommittedEvent", on: SkippingStore(hidden: 40))
        }
    }

    @Test func theSameStoreWithoutTheSkipPassesIt() async throws {
        try await EventStoreContract.run(
            "aReaderFollowingTheHeadNeverSkipsACommittedEvent", on: SkippingStore(hidden: -1))
    }
}
