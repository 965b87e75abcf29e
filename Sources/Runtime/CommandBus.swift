package import LOW
import Synchronization

/// Routes commands to their handlers over bounded channels, one per input channel named in the
/// handlers' `OperatorMeta` (`commands`, `process-commands`), each served by a pool of workers that
/// run the handler's `Executor` against the event store.
///
/// A command is routed by its name among the handlers that read the channel it is sent on, so a
/// client can't send a process manager's command. `dispatch` runs the command in the caller's task,
/// as many at once per channel as it has workers, and answers the outcome; `post` only waits for
/// room in the channel (a process manager's commands: their outcomes are stored).
package final class CommandBus: Sendable {
    private struct Job: Sendable {
        var envelope: CommandEnvelope
        var handler: AnyHandler
        /// Opened once the command's outcome is stored, for a sender that waits for that.
        var landed: Latch?
    }

    private struct Route: Hashable {
        var channel: String
        var command: String
    }

    private let routes: [Route: AnyHandler]
    private let channels: [String: BoundedChannel<Job>]
    /// Per channel, the permits of `dispatch`, which runs a command in its caller's task.
    private let gates: [String: PermitGate]
    private let store: any EventStore
    private let workersPerChannel: Int
    private let maximumAttempts: Int
    private let activity = ActivityCounter()
    /// Where the workers count the store's failures.
    package let health: StoreHealth

    /// - Parameters:
    ///   - capacity: jobs a channel holds before senders wait.
    ///   - workersPerChannel: commands of one channel that run at once (the file log commits
    ///     concurrent appends together, so more workers mean fewer fsyncs per command).
    ///   - health: counts the failures of the store while the workers retry posted commands.
    package init(
        handlers: [AnyHandler], store: any EventStore, capacity: Int = 256, workersPerChannel: Int = 256,
        maximumAttempts: Int = 10, health: StoreHealth = StoreHealth()
    ) {
        var routes: [Route: AnyHandler] = [:]
        var channels: [String: BoundedChannel<Job>] = [:]
        var gates: [String: PermitGate] = [:]
        for handler in handlers {
            for input in handler.meta.inputs {
                routes[Route(channel: input, command: handler.commandName)] = handler
                if channels[input] == nil {
                    channels[input] = BoundedChannel(capacity: capacity)
                    gates[input] = PermitGate(permits: workersPerChannel, refusal: BoundedChannel<Job>.Closed())
                }
            }
        }
        self.routes = routes
        self.channels = channels
        self.gates = gates
        self.store = store
        self.workersPerChannel = workersPerChannel
        self.maximumAttempts = maximumAttempts
        self.health = health
    }

    /// The channels the handlers read, by name.
    package var channelNames: [String] { channels.keys.sorted() }

    /// The handler that takes `command` on `channel`, if any.
    package func handler(for command: String, on channel: String) -> AnyHandler? {
        routes[Route(channel: channel, command: command)]
    }

    /// Runs `envelope` through its handler and answers its outcome: `.unknownCommand` when no
    /// handler takes it on `channel`.
    ///
    /// The command runs in the caller's task, not on a worker: no hand-off to a worker and of its
    /// outcome back (two task switches per command). As many commands run at once as a channel has
    /// workers; further callers wait for one to finish, as they waited for room in the channel.
    /// - Throws: `BoundedChannel.Closed` once the channel is closed, `CancellationError` when
    ///   cancelled while waiting for its turn, or what the store threw (an infrastructure failure,
    ///   counted in `health`: the caller decides whether to retry, so the bus does not).
    package func dispatch(_ envelope: CommandEnvelope, on channel: String = OperatorMeta.clientCommands)
        async throws -> Outcome
    {
        guard let handler = handler(for: envelope.name, on: channel), let gate = gates[channel] else {
            return .unknownCommand(envelope.name)
        }
        activity.enter()
        defer { activity.leave() }
        try await gate.acquire()
        defer { gate.release() }
        do {
            return try await handler.execute(envelope, store: store, maximumAttempts: maximumAttempts)
        } catch {
            if !Task.isCancelled { health.recordFailure() }
            throw error
        }
    }

    /// Queues `envelope` without waiting for its outcome, which the executor stores.
    /// - Parameter landed: opened once the outcome is stored (a process manager moves its
    ///   checkpoint past an event only once the commands it caused are durable).
    /// - Returns: `false` when no handler takes it on `channel` (`landed` is then left closed).
    @discardableResult
    package func post(_ envelope: CommandEnvelope, on channel: String, landed: Latch? = nil) async throws -> Bool {
        guard let handler = handler(for: envelope.name, on: channel), let queue = channels[channel] else {
            return false
        }
        activity.enter()
        do {
            try await queue.send(Job(envelope: envelope, handler: handler, landed: landed))
        } catch {
            activity.leave()
            throw error
        }
        return true
    }

    /// Whether no command is queued or running.
    package var isIdle: Bool { activity.isIdle }

    /// Returns once no command is queued or running.
    package func waitUntilIdle() async throws { try await activity.waitUntilIdle() }

    /// Stops `channel` (every channel when `nil`) taking commands; what it holds still runs.
    package func close(_ channel: String? = nil) {
        for (name, queue) in channels where channel == nil || name == channel { queue.close() }
        for (name, gate) in gates where channel == nil || name == channel { gate.close() }
    }

    /// Runs the workers until every channel is closed and drained, or the task is cancelled; then
    /// the channels are closed (`dispatch` refuses too) and commands still queued are dropped.
    package func run() async {
        await withDiscardingTaskGroup { group in
            for queue in channels.values {
                for _ in 0..<workersPerChannel {
                    group.addTask { await self.work(queue) }
                }
            }
        }
        // Cancelled: no worker is left, so whatever is still queued is dropped and counted out.
        close()
        for queue in channels.values {
            while await queue.receive() != nil { activity.leave() }
        }
    }

    private func work(_ queue: BoundedChannel<Job>) async {
        var retry = StoreRetry(health: health)
        while let job = await queue.receive() {
            if await land(job, retry: &retry) { job.landed?.open() }
            activity.leave()
        }
    }

    /// Runs a posted command until its outcome is stored, or the task is cancelled.
    ///
    /// Its outcome is stored by its executor, and no client is there to retry it: a process
    /// manager's command that gave up would leave its process unfinished (a transfer debited and
    /// never credited). So the bus runs it again until it lands; its id makes that safe, since the
    /// executor answers a stored command from its first outcome. A conflict stores nothing and is
    /// run again at once (many transfers from one account make their debits conflict). A thrown
    /// error is the store failing (a lost connection): run again after a pause that grows.
    /// - Returns: whether the outcome is stored (`false`: cancelled first).
    private func land(_ job: Job, retry: inout StoreRetry) async -> Bool {
        while true {
            let outcome: Outcome
            do {
                outcome = try await job.handler.execute(job.envelope, store: store, maximumAttempts: maximumAttempts)
            } catch {
                do { try await retry.failed() } catch { return false }  // cancelled: `run()` drops what is left
                continue
            }
            retry.succeeded()
            guard case .conflict = outcome else { return true }
            if Task.isCancelled { return false }
            await Task.yield()
        }
    }
}
