import LOW
import Synchronization

/// A small event store for the runtime's tests: enough of the port to run executors and runners,
/// with a knob to misbehave (redeliver old events) where a test needs it.
final class TestEventStore: EventStore {
    private struct State {
        var log: [RecordedEvent] = []
        var byCommand: [ID: [RecordedEvent]] = [:]
        var commands: [ID: CommandEnvelope] = [:]
        var owners: [UniqueKey: String] = [:]
        var waiters: [Int: (Int64, CheckedContinuation<Void, Never>)] = [:]
        var nextWaiter = 0
        var redelivered = 0

        func version(of stream: String) -> Int { log.last { $0.streamID == stream }?.streamVersion ?? 0 }
    }

    private let state = Mutex(State())

    /// How many events before the asked position `read` hands back again.
    func redeliver(_ count: Int) { state.withLock { $0.redelivered = count } }

    func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        let (recorded, due) = try state.withLock {
            state throws -> ([RecordedEvent], [CheckedContinuation<Void, Never>]) in
            if let stored = state.byCommand[changes.command.id] { throw CommitError.duplicateCommand(stored) }
            for (stream, expected) in changes.expectedVersions {
                let actual = state.version(of: stream)
                if case .exactly(let v) = expected, v != actual {
                    throw CommitError.conflict(streamID: stream, expected: v, actual: actual)
                }
            }
            for (key, owner) in changes.claims {
                if let holder = state.owners[key], holder != owner { throw CommitError.claimTaken(key, owner: holder) }
            }
            let command = changes.command
            var recorded: [RecordedEvent] = []
            for event in changes.events {
                let stored = RecordedEvent(
                    id: event.id, type: event.type, streamID: event.streamID,
                    streamVersion: state.version(of: event.streamID) + 1, position: Int64(state.log.count + 1),
                    occurredAt: command.issuedAt, commandID: command.id,
                    causationID: command.causationID ?? command.id, correlationID: command.correlationID,
                    payload: event.payload)
                state.log.append(stored)
                recorded.append(stored)
            }
            for (key, owner) in changes.claims { state.owners[key] = owner }
            state.byCommand[command.id] = recorded
            state.commands[command.id] = command
            let head = Int64(state.log.count)
            let due = state.waiters.filter { $0.value.0 < head }
            for key in due.keys { state.waiters[key] = nil }
            return (recorded, due.values.map(\.1))
        }
        for continuation in due { continuation.resume() }
        return recorded
    }

    func events(forCommand id: ID) async throws -> [RecordedEvent]? { state.withLock { $0.byCommand[id] } }
    func command(_ id: ID) async throws -> CommandEnvelope? { state.withLock { $0.commands[id] } }

    func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        state.withLock { state in
            let start = min(state.log.count, max(0, Int(position) - state.redelivered))
            return Array(state.log[start...].filter(filter.admits).prefix(limit))
        }
    }

    func head() async throws -> Int64 { state.withLock { Int64($0.log.count) } }

    func waitForEvents(after position: Int64) async throws {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let ready = state.withLock { state in
                    if Int64(state.log.count) > position || Task.isCancelled { return true }
                    state.waiters[id] = (position, continuation)
                    return false
                }
                if ready { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.1.resume()
        }
    }

    func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        state.withLock { $0.log.filter { $0.streamID == streamID && $0.streamVersion > version } }
    }

    func owner(of key: UniqueKey) async throws -> String? { state.withLock { $0.owners[key] } }
}
