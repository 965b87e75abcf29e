package import LOW

/// An event store held in memory, for `--ephemeral` runs and tests: nothing survives the process.
///
/// A commit validates and appends under one lock (no actor hop), so it is atomic and positions are
/// dense in commit order; `load` answers from per-stream snapshots moved forward incrementally.
/// Passes `ShellTesting.EventStoreContract`.
///
/// ```swift
/// let store = InMemoryEventStore()
/// let recorded = try await store.commit(changes)
/// ```
package final class InMemoryEventStore: EventStore {
    private let core = LogCore()

    package init() {}

    package func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        try core.commitVisible(changes)
    }

    package func events(forCommand id: ID) async throws -> [RecordedEvent]? { core.events(forCommand: id)?.events }

    package func command(_ id: ID) async throws -> CommandEnvelope? { core.command(id)?.envelope }

    package func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        core.read(after: position, limit: limit, filter: filter)
    }

    package func head() async -> Int64 { core.head }

    package func waitForEvents(after position: Int64) async { await core.waitForEvents(after: position) }

    package func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        core.events(inStream: streamID, after: version)
    }

    package func owner(of key: UniqueKey) async throws -> String? { core.owner(of: key) }

    package func load<State: Aggregate>(_ type: State.Type, stream streamID: String) async throws -> Loaded<State> {
        core.load(type, stream: streamID)
    }
}
