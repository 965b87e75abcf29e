package import LOW

/// Feeds one process manager the event log and sends the commands it returns on its output
/// channel (`process-commands`).
///
/// Its progress is a checkpoint in the read-model store, under the process manager's name, so a
/// restart (or another process that took its lease over) resumes near where it stopped. The
/// checkpoint moves past a batch only once every command the batch caused has its outcome
/// stored: a process killed between a transfer's debit and its credit has not moved past the
/// debit, so whoever runs it next sends the credit. Commands have ids derived from their event,
/// so what is sent again is harmless: a command already stored is skipped here (one lookup by
/// id) rather than queued, and one that slips through is answered from its first outcome by the
/// executor.
package struct ProcessManagerRunner: Sendable {
    package let processManager: any ProcessManager
    package let events: any EventStore
    /// Where the checkpoint lives.
    package let readModels: any ReadModelStore
    package let bus: CommandBus
    package let board: ProgressBoard
    package let batchSize: Int
    /// Counts the event store's failures while the runner retries them.
    package let health: StoreHealth

    package init(
        processManager: any ProcessManager, events: any EventStore, readModels: any ReadModelStore, bus: CommandBus,
        board: ProgressBoard, batchSize: Int = 1024, health: StoreHealth = StoreHealth()
    ) {
        self.processManager = processManager
        self.events = events
        self.readModels = readModels
        self.bus = bus
        self.board = board
        self.batchSize = batchSize
        self.health = health
    }

    package var meta: OperatorMeta { type(of: processManager).meta }

    /// Runs until the task is cancelled or the output channel closes. A read-model store that
    /// fails (a lost connection) is retried: the checkpoint only records progress, and commands
    /// sent again are answered from their first outcome.
    /// - Throws: `ReadModelError.checkpointMoved` (another process runs this process manager now);
    ///   `BoundedChannel.Closed` once the channel closed.
    package func run() async throws {
        let name = meta.name
        let channel = meta.output
        var retry = StoreRetry(health: health)
        var checkpoint = try await retry.untilSuccess { try await readModels.checkpoint(of: name) }
        board.report(name, passed: checkpoint)
        let subscription = CatchUpSubscription(store: events, batchSize: batchSize, health: health)
        try await subscription.run(after: checkpoint) { batch, passed in
            var landings: [Latch] = []
            for event in batch where event.position > checkpoint {
                for command in processManager.react(to: event) where await mayBeNew(command) {
                    let landed = Latch()
                    if try await bus.post(command, on: channel, landed: landed) { landings.append(landed) }
                }
            }
            // The batch's commands run on the bus's workers meanwhile, all at once.
            for landed in landings { try await landed.wait() }
            if passed > checkpoint {
                try await retry.untilSuccess(isAnswer: StoreRetry.isFence) {
                    try await readModels.advance(name, to: passed)
                }
                checkpoint = passed
            }
            board.report(name, passed: checkpoint)
        }
    }

    /// Whether `command` is not stored yet. A store that cannot tell counts a failure and answers
    /// `true`: the executor answers a stored command from its first outcome, so sending it again
    /// is safe, and the bus retries it while the store keeps failing.
    private func mayBeNew(_ command: CommandEnvelope) async -> Bool {
        do {
            return try await events.events(forCommand: command.id) == nil
        } catch {
            health.recordFailure()
            return true
        }
    }
}
