package import LOW

/// Keeps several projectors' read models up to date from one reading of the log, for a store that
/// applies batches synchronously (`SynchronousReadModelStore`, the in-memory one).
///
/// One runner per projector meant one wake-up and one read of the log per projector for every
/// commit; under a mutation load those wake-ups and reads cost more than the projections. This
/// one reads each batch once and hands it to every projector in turn. Each projector keeps its own
/// checkpoint in the store, as with `ProjectionRunner`: the group starts reading after the lowest,
/// and a projector skips the events at or below its own.
package struct ProjectionGroupRunner: Sendable {
    package let projectors: [AnyProjector]
    package let events: any EventStore
    package let readModels: any SynchronousReadModelStore
    package let board: ProgressBoard
    package let batchSize: Int
    /// Counts the event store's failures while the runner retries them.
    package let health: StoreHealth

    package init(
        projectors: [AnyProjector], events: any EventStore, readModels: any SynchronousReadModelStore,
        board: ProgressBoard, batchSize: Int = 1024, health: StoreHealth = StoreHealth()
    ) {
        self.projectors = projectors
        self.events = events
        self.readModels = readModels
        self.board = board
        self.batchSize = batchSize
        self.health = health
    }

    /// Runs until the task is cancelled.
    /// - Throws: what the read-model store throws; the runner stops there, checkpoints intact.
    package func run() async throws {
        var checkpoints: [Int64] = []
        for projector in projectors {
            let checkpoint = try await readModels.checkpoint(of: projector.meta.name)
            checkpoints.append(checkpoint)
            board.report(projector.meta.name, passed: checkpoint)
        }
        let subscription = CatchUpSubscription(store: events, batchSize: batchSize, health: health)
        try await subscription.run(after: checkpoints.min() ?? 0) { batch, passed in
            for index in projectors.indices where passed > checkpoints[index] {
                let checkpoint = checkpoints[index]
                let start = batch.firstIndex { $0.position > checkpoint } ?? batch.endIndex
                try projectors[index].apply(batch[start...], passed: passed, to: readModels)
                checkpoints[index] = passed
                board.report(projectors[index].meta.name, passed: passed)
            }
        }
    }
}
