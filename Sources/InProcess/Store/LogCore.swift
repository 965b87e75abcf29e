import LOW
import Synchronization

/// The lock-guarded `EventIndex` both event stores share, with the head readers may see and the
/// tasks waiting for it to move.
///
/// Decisions (`events(inStream:)`, `load`, `owner`) read everything sequenced, durable or not: a
/// decision made on a commit still being written is itself written after it in the log, so it can
/// only become durable if that commit does. That holds because a failed write stops the file log
/// for good (`GroupCommitWriter.fail`): the failed commit stays in the index, but every commit
/// queued or made after it is refused, so no decision that saw it is ever stored or answered.
/// Everything that leaves the store for good (`read`, `head`, `waitForEvents`, a command's stored
/// outcome) sees only what was published as durable.
final class LogCore: Sendable {
    private struct State: ~Copyable {
        var index = EventIndex()
        var visible: Int64 = 0
        var waiters = HeadWaiters()
        /// Set when the store closes: waits return at once instead of parking forever.
        var isClosed = false
    }

    private let state: Mutex<State>

    init(index: sending EventIndex = EventIndex()) {
        let visible = index.head
        state = Mutex(State(index: index, visible: visible))
    }

    // MARK: - Writing

    /// Validates and appends `changes`; `enqueue` runs under the lock with the recorded events and
    /// the new head, so whatever it queues is queued in position order.
    func sequence(_ changes: ChangeSet, enqueue: ([RecordedEvent], Int64) -> Void) throws {
        try state.withLock { state in
            let recorded = try state.index.sequence(changes)
            enqueue(recorded, state.index.head)
        }
    }

    /// Validates, appends and publishes `changes` at once (a store with nothing to wait for).
    func commitVisible(_ changes: ChangeSet) throws -> [RecordedEvent] {
        let (recorded, due) = try state.withLock { state in
            let recorded = try state.index.sequence(changes)
            state.visible = state.index.head
            return (recorded, state.waiters.due(head: state.visible))
        }
        for continuation in due { continuation.resume() }
        return recorded
    }

    /// Makes every event up to `position` visible and wakes the readers waiting for it.
    func publish(upTo position: Int64) {
        let due = state.withLock { state in
            state.visible = max(state.visible, position)
            return state.waiters.due(head: state.visible)
        }
        for continuation in due { continuation.resume() }
    }

    /// Wakes every waiter and lets later waits return at once (the store is closing).
    func close() {
        let waiting = state.withLock { state in
            state.isClosed = true
            return state.waiters.all()
        }
        for continuation in waiting { continuation.resume() }
    }

    // MARK: - Reading

    var head: Int64 { state.withLock { $0.visible } }

    var sequencedHead: Int64 { state.withLock { $0.index.head } }

    func events(inStream streamID: String, after version: Int) -> [RecordedEvent] {
        state.withLock { $0.index.events(inStream: streamID, after: version) }
    }

    func owner(of key: UniqueKey) -> String? { state.withLock { $0.index.owner(of: key) } }

    func load<State: Aggregate>(_ type: State.Type, stream streamID: String) -> Loaded<State> {
        state.withLock { $0.index.load(type, stream: streamID) }
    }

    /// The command's events and the position they reach, visible or not.
    func events(forCommand id: ID) -> (events: [RecordedEvent], reach: Int64)? {
        state.withLock { $0.index.events(forCommand: id) }
    }

    func command(_ id: ID) -> (envelope: CommandEnvelope, reach: Int64)? {
        state.withLock { $0.index.command(id) }
    }

    func read(after position: Int64, limit: Int, filter: EventFilter) -> [RecordedEvent] {
        state.withLock { $0.index.read(after: position, limit: limit, filter: filter, visible: $0.visible) }
    }

    /// Returns once the visible head is above `position`, when the task is cancelled, or when the
    /// store closes.
    func waitForEvents(after position: Int64) async {
        let id = state.withLock { $0.waiters.makeID() }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let resumeNow = state.withLock { state in
                    // Cancellation sets the flag before running the handler, so a handler that ran
                    // before this registration is seen here and the waiter never parks.
                    if state.visible > position || state.isClosed || Task.isCancelled { return true }
                    state.waiters.add(id, position: position, continuation)
                    return false
                }
                if resumeNow { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.remove(id) }?.resume()
        }
    }
}
