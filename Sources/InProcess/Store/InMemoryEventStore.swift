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
package final class InMemoryEventStore: LogCoreReads {
    let core = LogCore()

    package init() {}

    package func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        try core.commitVisible(changes)
    }

    package func events(forCommand id: ID) async throws -> [RecordedEvent]? { core.events(forCommand: id)?.events }

    package func command(_ id: ID) async throws -> CommandEnvelope? { core.command(id)?.envelope }
}
