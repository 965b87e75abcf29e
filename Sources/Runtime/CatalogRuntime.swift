package import LOW
import Synchronization

/// The functions of a `Catalog` running in one process: a command bus with worker pools per
/// input channel, a runner per projector and per process manager, and the read-your-writes waits
/// that let a mutation answer with the row its command updated.
///
/// Several processes may share one database: each projector and process manager runs in the
/// process that holds its lease (`Leases`), and the others follow its checkpoint from the
/// read-model store (`CheckpointFollower`), so `submit` waits for the owner's projection wherever
/// the command was served. The default `AlwaysGrantedLeases` owns everything, as one process does.
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
        /// How often a runner whose lease another process holds tries to take it.
        package var leaseRetryInterval: Duration = .seconds(1)
        /// How often followed checkpoints are read while a request waits for them.
        package var followPollInterval: Duration = .milliseconds(2)
        package init() {}
    }

    package let catalog: Catalog
    package let events: any EventStore
    package let readModels: any ReadModelStore
    package let leases: any Leases
    package let configuration: Configuration
    let bus: CommandBus
    let projections: ProgressBoard
    let processes: ProgressBoard
    let completions = CompletionBoard()
    /// The event store's failures, counted by the bus and every runner while they retry.
    let storeHealth = StoreHealth()
    private let readiness = Latch()
    /// The event store as one that can stop taking writes, cast once: `isReady` is read per request.
    private let writableStore: (any WritableStore)?
    private let stopRequested = Latch()
    /// Publishes the checkpoints of the runners another process owns.
    let follower: CheckpointFollower

    /// - Parameter leases: who runs which projector and process manager when several processes
    ///   share the stores; the default grants this process everything.
    package init(
        catalog: Catalog, events: any EventStore, readModels: any ReadModelStore,
        leases: any Leases = AlwaysGrantedLeases(), configuration: Configuration = Configuration()
    ) {
        self.catalog = catalog
        self.events = events
        writableStore = events as? any WritableStore
        self.readModels = readModels
        self.leases = leases
        self.configuration = configuration
        follower = CheckpointFollower(
            readModels: readModels, pollInterval: configuration.followPollInterval, health: storeHealth)
        bus = CommandBus(
            handlers: catalog.handlers, store: events, capacity: configuration.channelCapacity,
            workersPerChannel: configuration.workersPerChannel, maximumAttempts: configuration.maximumAttempts,
            health: storeHealth)
        projections = ProgressBoard(participants: catalog.projectors.map(\.meta.name))
        processes = ProgressBoard(participants: catalog.processManagers.map { type(of: $0).meta.name })
    }

    /// True once every projection, run here or followed, has caught up with the log head as it was at start, while the
    /// event store can write and is not failing (`GET /ready`).
    package var isReady: Bool { readiness.isOpen && isStoreWritable && !storeHealth.isFailing }

    /// Event-store operations that failed since start (each was retried): `store_failures_total`.
    package var storeFailures: Int { storeHealth.failureCount }

    /// Whether the event store is failing now: some loop's last store operation failed, and it
    /// has not succeeded since.
    package var isStoreFailing: Bool { storeHealth.isFailing }

    /// False once the event store has stopped taking writes, which it does not undo.
    private var isStoreWritable: Bool { writableStore?.isWritable ?? true }

    /// Returns once `isReady`.
    package func waitUntilReady() async throws {
        try await readiness.wait()
        try await Self.waitUntilHealthy(storeHealth)
    }

    /// Returns once no loop is failing. Failures are rare and brief, so this checks every 10 ms
    /// rather than keeping waiters on the path every store operation takes.
    private static func waitUntilHealthy(_ health: StoreHealth) async throws {
        while health.isFailing { try await Task.sleep(for: .milliseconds(10)) }
    }

    /// Returns `true` once `isReady` (at once when it is), `false` when `timeout` ran out or the
    /// task was cancelled first.
    package func waitUntilReady(timeout: Duration) async -> Bool {
        // A store that cannot write never becomes ready again: answer at once, or a caller that
        // checks `isReady` after this returns would wait again, at once, forever.
        guard isStoreWritable else { return false }
        if isReady { return true }
        let readiness = readiness
        let health = storeHealth
        let ready = { @Sendable () async throws -> Void in
            try await readiness.wait()
            try await CatalogRuntime.waitUntilHealthy(health)
        }
        return (try? await within(timeout, ready)) != nil
    }

    /// The projectors and process managers whose lease another process holds now: their
    /// progress is read from the read-model store.
    package var followedRunners: Set<String> { follower.names }

    /// The position every projector has passed.
    package var projectedPosition: Int64 { projections.low }

    /// Starts the stores (`Lifecycle.start`: a database connects and migrates), then runs the bus
    /// and the runners until `shutdown()` has drained them, or the task is cancelled. The owner
    /// stops the stores once this returns (`Lifecycle.stop`), which makes what they accepted durable.
    ///
    /// The event store failing once started stops nothing: the bus and the runners retry
    /// (`StoreRetry`), and `isReady` is false meanwhile.
    /// - Throws: what a store's start or a read-model store threw (every other part is then cancelled).
    package func run() async throws {
        try await events.start()
        try await readModels.start()
        var retry = StoreRetry(health: storeHealth)
        let startHead: Int64
        do {
            startHead = try await retry.untilSuccess { try await events.head() }
        } catch {
            return  // cancelled while the store was failing: no part has started
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.bus.run() }
            group.addTask { try await self.leases.watch() }
            group.addTask { await self.follower.run() }
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
            // One task reads the log for every projector: one wake-up per commit, not one each. A
            // store in memory is one process's alone, so one lease covers the group.
            let runner = ProjectionGroupRunner(
                projectors: catalog.projectors, events: events, readModels: synchronous, board: projections,
                batchSize: batchSize, health: storeHealth)
            let names = catalog.projectors.map(\.meta.name)
            group.addTask { try await self.leased("projections", names, on: self.projections, runner.run).run() }
        } else {
            for projector in catalog.projectors {
                let runner = ProjectionRunner(
                    projector: projector, events: events, readModels: readModels, board: projections,
                    batchSize: batchSize, health: storeHealth)
                let lease = "projector:\(runner.name)"
                group.addTask { try await self.leased(lease, [runner.name], on: self.projections, runner.run).run() }
            }
        }
        for processManager in catalog.processManagers {
            let runner = ProcessManagerRunner(
                processManager: processManager, events: events, readModels: readModels, bus: bus, board: processes,
                batchSize: batchSize, health: storeHealth)
            let lease = "process:\(runner.meta.name)"
            group.addTask { try await self.leased(lease, [runner.meta.name], on: self.processes, runner.run).run() }
        }
        // Every process needs the ends of processes for its own requests: no lease.
        let endings = catalog.handlers.reduce(into: Set<String>()) { $0.formUnion($1.meta.completesOn) }
        let completion = CompletionRunner(
            types: endings, events: events, board: completions, batchSize: batchSize, health: storeHealth)
        group.addTask { try await completion.run() }
    }

    private func leased(
        _ lease: String, _ participants: [String], on board: ProgressBoard,
        _ body: @escaping @Sendable () async throws -> Void
    ) -> LeasedRunner {
        LeasedRunner(
            lease: lease, participants: participants, board: board, leases: leases, follower: follower,
            retryInterval: configuration.leaseRetryInterval, body: body)
    }

    /// Stops taking client commands and makes `run()` return once the work already accepted is
    /// done: queued commands run, projections reach the head, process managers' commands run.
    package func shutdown() {
        bus.close(OperatorMeta.clientCommands)
        stopRequested.open()
    }

    /// Waits until nothing moves: no command queued or running, and every runner at the head.
    private func drain() async throws {
        var retry = StoreRetry(health: storeHealth)
        while true {
            try await bus.waitUntilIdle()
            let head = try await retry.untilSuccess { try await events.head() }
            try await projections.wait(until: head)
            try await processes.wait(until: head)
            if bus.isIdle, try await retry.untilSuccess({ try await events.head() }) == head { return }
        }
    }
}
