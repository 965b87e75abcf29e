package import LOW

/// Keeps one projector's read model up to date: catches up from its checkpoint, then follows the log.
///
/// The checkpoint lives in the read-model store and moves with every row saved, so a restart
/// resumes where it stopped, and a projector whose checkpoint is 0 (new, or its store was empty)
/// rebuilds from the first event, as if it had always run. Events at or below the checkpoint (a
/// store's duplicate delivery) are skipped. After each batch it reports its position to `board`,
/// which releases read-your-writes waiters.
package struct ProjectionRunner: Sendable {
    package let projector: AnyProjector
    package let events: any EventStore
    package let readModels: any ReadModelStore
    package let board: ProgressBoard
    package let batchSize: Int
    /// Counts the event store's failures while the runner retries them.
    package let health: StoreHealth

    package init(
        projector: AnyProjector, events: any EventStore, readModels: any ReadModelStore, board: ProgressBoard,
        batchSize: Int = 1024, health: StoreHealth = StoreHealth()
    ) {
        self.projector = projector
        self.events = events
        self.readModels = readModels
        self.board = board
        self.batchSize = batchSize
        self.health = health
    }

    package var name: String { projector.meta.name }

    /// Runs until the task is cancelled.
    ///
    /// A read-model store that fails (a lost connection) is retried, as the event store is: a
    /// batch written again meets the fence if its first attempt had committed after all.
    /// - Throws: the fence's `ReadModelError.checkpointMoved`; what an in-memory store throws.
    package func run() async throws {
        var retry = StoreRetry(health: health)
        var checkpoint = try await retry.untilSuccess { try await readModels.checkpoint(of: name) }
        board.report(name, passed: checkpoint)
        let subscription = CatchUpSubscription(store: events, batchSize: batchSize, health: health)
        try await subscription.run(after: checkpoint) { batch, passed in
            if let store = readModels as? any SynchronousReadModelStore {
                // An in-memory store takes the whole batch in one synchronous step.
                let start = batch.firstIndex { $0.position > checkpoint } ?? batch.endIndex
                try projector.apply(batch[start...], passed: max(passed, checkpoint), to: store)
                checkpoint = max(passed, checkpoint)
                board.report(name, passed: checkpoint)
                return
            }
            if let store = readModels as? any BatchReadModelStore {
                // A database store takes the whole batch in one transaction.
                let start = batch.firstIndex { $0.position > checkpoint } ?? batch.endIndex
                let through = max(passed, checkpoint)
                guard through > checkpoint else { return }
                // The store's fence throws `checkpointMoved` if another runner applied events
                // meanwhile; `LeasedRunner` then starts this one again from the stored checkpoint.
                try await retry.untilSuccess(isAnswer: StoreRetry.isFence) {
                    try await projector.apply(batch[start...], after: checkpoint, passed: through, to: store)
                }
                checkpoint = through
                board.report(name, passed: checkpoint)
                return
            }
            for event in batch where event.position > checkpoint {
                // Ignored events are not written one by one: the checkpoint moves once per batch.
                guard projector.rowID(for: event) != nil else { continue }
                try await retry.untilSuccess(isAnswer: StoreRetry.isFence) {
                    try await projector.apply(event, to: readModels)
                }
                checkpoint = event.position
            }
            if passed > checkpoint {
                try await retry.untilSuccess(isAnswer: StoreRetry.isFence) {
                    try await readModels.advance(name, to: passed)
                }
                checkpoint = passed
            }
            board.report(name, passed: checkpoint)
        }
    }
}
