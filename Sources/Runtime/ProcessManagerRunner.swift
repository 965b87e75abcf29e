package import LOW

/// Feeds one process manager the event log and sends the commands it returns on its output
/// channel (`process-commands`).
///
/// It starts from position 0 on every start: a process manager is pure, so history issues the
/// same commands again, and a command already stored is skipped here (one lookup by id) rather
/// than queued; one that slips through is answered from its first outcome by the executor. So
/// a crash between an event and its command loses nothing: the next start sends it.
package struct ProcessManagerRunner: Sendable {
    package let processManager: any ProcessManager
    package let events: any EventStore
    package let bus: CommandBus
    package let board: ProgressBoard
    package let batchSize: Int
    /// Counts the event store's failures while the runner retries them.
    package let health: StoreHealth

    package init(
        processManager: any ProcessManager, events: any EventStore, bus: CommandBus, board: ProgressBoard,
        batchSize: Int = 1024, health: StoreHealth = StoreHealth()
    ) {
        self.processManager = processManager
        self.events = events
        self.bus = bus
        self.board = board
        self.batchSize = batchSize
        self.health = health
    }

    package var meta: OperatorMeta { type(of: processManager).meta }

    /// Runs until the task is cancelled or the output channel closes.
    package func run() async throws {
        let name = meta.name
        let channel = meta.output
        let subscription = CatchUpSubscription(store: events, batchSize: batchSize, health: health)
        try await subscription.run(after: 0) { batch, passed in
            for event in batch {
                for command in processManager.react(to: event) where await mayBeNew(command) {
                    try await bus.post(command, on: channel)
                }
            }
            board.report(name, passed: passed)
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
