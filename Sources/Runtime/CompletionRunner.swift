package import LOW

/// Watches the log for the events that end processes (`OperatorMeta.completesOn` of every
/// handler) and records each on a `CompletionBoard` by correlation id.
///
/// It reads from position 0 on every start, with the types as the filter, so ends from before a
/// restart are known too.
package struct CompletionRunner: Sendable {
    package let types: Set<String>
    package let events: any EventStore
    package let board: CompletionBoard
    package let batchSize: Int
    /// Counts the event store's failures while the runner retries them.
    package let health: StoreHealth

    package init(
        types: Set<String>, events: any EventStore, board: CompletionBoard, batchSize: Int = 1024,
        health: StoreHealth = StoreHealth()
    ) {
        self.types = types
        self.events = events
        self.board = board
        self.batchSize = batchSize
        self.health = health
    }

    /// Runs until the task is cancelled; returns at once when no handler names an ending event.
    package func run() async throws {
        guard !types.isEmpty else { return }
        let subscription = CatchUpSubscription(
            store: events, filter: EventFilter(types: types), batchSize: batchSize, health: health)
        try await subscription.run(after: 0) { batch, _ in
            for event in batch { board.record(event.correlationID, endedAt: event.position) }
        }
    }
}
