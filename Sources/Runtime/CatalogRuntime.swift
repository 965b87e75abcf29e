package import LOW
import Synchronization

/// The functions of a `Catalog` running in one process: a command bus with worker pools per
/// input channel, a runner per projector and per process manager, and the read-your-writes waits
/// that let a mutation answer with the row its command updated.
///
/// One `run()` runs it all until `shutdown()` (graceful: queued commands run, projections catch up
/// to the head, process managers finish what they started) or until its task is cancelled.
///
/// ```swift
/// let runtime = CatalogRuntime(catalog: Domain.catalog, events: log, readModels: InMemoryReadModelStore())
/// async let running: Void = runtime.run()
/// let result = try await runtime.submit(envelope)   // outcome + the read-model row, or pending
/// runtime.shutdown(); try await running
/// ```
package final class CatalogRuntime: Sendable {
    /// Tuning; the defaults suit the in-memory store and the file log alike.
    package struct Configuration: Sendable {
        /// How long `submit` waits for projections before answering pending (`--request-timeout`).
        package var requestTimeout: Duration = .seconds(5)
        /// Commands of one channel that run at once. A command holds its worker while its commit
        /// waits for the file log's sync, and one sync serves only the commits waiting for it: so
        /// this must cover the concurrent clients for group commit to batch them (8 workers allowed
        /// 8 commits per sync: about 1,000 commands/s at 4 ms a sync; 256 reach 64 clients' worth).
        package var workersPerChannel = 256
        package var channelCapacity = 256
        package var batchSize = 1024
        package var maximumAttempts = 10
        package init() {}
    }

    package let catalog: Catalog
    package let events: any EventStore
    package let readModels: any ReadModelStore
    package let configuration: Configuration
    let bus: CommandBus
    let projections: ProgressBoard
    let processes: ProgressBoard
    let completions = CompletionBoard()
    private let readiness = Latch()
    /// The event store as one that can stop taking writes, cast once: `isReady` is read per request.
    private let writableStore: (any WritableStore)?
    private let stopRequested = Latch()

    package init(
        catalog: Catalog, events: any EventStore, readModels: any ReadModelStore,
        configuration: Configuration = Configuration()
    ) {
        self.catalog = catalog
        self.events = events
        writableStore = events as? any WritableStore
        self.readModels = readModels
        self.configuration = configuration
        bus = CommandBus(
            handlers: catalog.handlers, store: events, capacity: configuration.channelCapacity,
            workersPerChannel: configuration.workersPerChannel, maximumAttempts: configuration.maximumAttempts)
        projections = ProgressBoard(participants: catalog.projectors.map(\.meta.name))
        processes = ProgressBoard(participants: catalog.processManagers.map { type(of: $0).meta.name })
    }

    /// True once every projection has caught up with the log head as it was at start, and while
    /// the event store can write (`GET /ready`).
    package var isReady: Bool { readiness.isOpen && isStoreWritable }

    /// False once the event store has stopped taking writes, which it does not undo.
    private var isStoreWritable: Bool { writableStore?.isWritable ?? true }

    /// Returns once `isReady`.
    package func waitUntilReady() async throws { try await readiness.wait() }

    /// Returns `true` once `isReady` (at once when it is), `false` when `timeout` ran out or the
    /// task was cancelled first.
    package func waitUntilReady(timeout: Duration) async -> Bool {
        // A store that cannot write never becomes ready again: answer at once, or a caller that
        // checks `isReady` after this returns would wait again, at once, forever.
        guard isStoreWritable else { return false }
        if readiness.isOpen { return true }
        let readiness = readiness
        return (try? await within(timeout) { try await readiness.wait() }) != nil
    }

    /// The position every projector has passed.
    package var projectedPosition: Int64 { projections.low }

    /// Starts the stores (`Lifecycle.start`: a database connects and migrates), then runs the bus
    /// and the runners until `shutdown()` has drained them, or the task is cancelled. The owner
    /// stops the stores once this returns (`Lifecycle.stop`), which makes what they accepted durable.
    /// - Throws: what a store's start or a runner's store threw (every other part is then cancelled).
    package func run() async throws {
        try await events.start()
        try await readModels.start()
        let startHead = try await events.head()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.bus.run() }
            addRunners(to: &group)
            group.addTask {
                try await self.projections.wait(until: startHead)
                self.readiness.open()
            }
            group.addTask {
                try await self.stopRequested.wait()
                try await self.drain()
                throw Stopped()
            }
            do {
                while try await group.next() != nil {}
            } catch  where error is Stopped || Task.isCancelled {
                // A graceful stop, or the owner's cancellation: both end `run()` without an error.
                group.cancelAll()
            }
        }
    }

    private struct Stopped: Error {}

    private func addRunners(to group: inout ThrowingTaskGroup<Void, any Error>) {
        let batchSize = configuration.batchSize
        if let synchronous = readModels as? any SynchronousReadModelStore {
            // One task reads the log for every projector: one wake-up per commit, not one each.
            let runner = ProjectionGroupRunner(
                projectors: catalog.projectors, events: events, readModels: synchronous, board: projections,
                batchSize: batchSize)
            group.addTask { try await runner.run() }
        } else {
            for projector in catalog.projectors {
                let runner = ProjectionRunner(
                    projector: projector, events: events, readModels: readModels, board: projections,
                    batchSize: batchSize)
                group.addTask { try await runner.run() }
            }
        }
        for processManager in catalog.processManagers {
            let runner = ProcessManagerRunner(
                processManager: processManager, events: events, bus: bus, board: processes, batchSize: batchSize)
            group.addTask { try await runner.run() }
        }
        let endings = catalog.handlers.reduce(into: Set<String>()) { $0.formUnion($1.meta.completesOn) }
        let completion = CompletionRunner(types: endings, events: events, board: completions, batchSize: batchSize)
        group.addTask { try await completion.run() }
    }

    /// Stops taking client commands and makes `run()` return once the work already accepted is
    /// done: queued commands run, projections reach the head, process managers' commands run.
    package func shutdown() {
        bus.close(OperatorMeta.clientCommands)
        stopRequested.open()
    }

    /// Waits until nothing moves: no command queued or running, and every runner at the head.
    private func drain() async throws {
        while true {
            try await bus.waitUntilIdle()
            let head = try await events.head()
            try await projections.wait(until: head)
            try await processes.wait(until: head)
            if bus.isIdle, try await events.head() == head { return }
        }
    }
}
