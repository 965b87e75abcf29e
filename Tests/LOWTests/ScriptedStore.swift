import LOW
import Synchronization

/// A minimal event store for executor tests: commits in memory and can be told to fail the next
/// commits with a conflict, as a concurrent writer would make them.
final class ScriptedStore: EventStore {
    struct State {
        var events: [RecordedEvent] = []
        var commands: [ID: CommandEnvelope] = [:]
        var owners: [UniqueKey: String] = [:]
        var conflictsToInject = 0
        var commits = 0
    }
    let state = Mutex(State())

    init(conflicts: Int = 0) { state.withLock { $0.conflictsToInject = conflicts } }

    var commits: Int { state.withLock { $0.commits } }
    var all: [RecordedEvent] { state.withLock { $0.events } }

    func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        state.withLock { $0.events.filter { $0.streamID == streamID && $0.streamVersion > version } }
    }

    func owner(of key: UniqueKey) async throws -> String? { state.withLock { $0.owners[key] } }

    func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        try state.withLock { (s) throws(CommitError) -> [RecordedEvent] in
            if let first = s.commands[changes.command.id] {
                _ = first
                throw .duplicateCommand(s.events.filter { $0.commandID == changes.command.id })
            }
            if s.conflictsToInject > 0 {
                s.conflictsToInject -= 1
                throw .conflict(streamID: "injected", expected: 0, actual: 1)
            }
            for (stream, expected) in changes.expectedVersions {
                let actual = s.events.last(where: { $0.streamID == stream })?.streamVersion ?? 0
                if case .exactly(let v) = expected, v != actual {
                    throw .conflict(streamID: stream, expected: v, actual: actual)
                }
            }
            for (key, owner) in changes.claims {
                if let held = s.owners[key], held != owner { throw .claimTaken(key, owner: held) }
            }
            for (key, owner) in changes.claims { s.owners[key] = owner }
            var recorded: [RecordedEvent] = []
            for event in changes.events {
                let version = (s.events.last(where: { $0.streamID == event.streamID })?.streamVersion ?? 0) + 1
                let r = RecordedEvent(
                    id: event.id, type: event.type, streamID: event.streamID, streamVersion: version,
                    position: Int64(s.events.count + 1), occurredAt: changes.command.issuedAt,
                    commandID: changes.command.id, causationID: changes.command.causationID ?? changes.command.id,
                    correlationID: changes.command.correlationID, payload: event.payload)
                s.events.append(r)
                recorded.append(r)
            }
            s.commands[changes.command.id] = changes.command
            s.commits += 1
            return recorded
        }
    }

    func events(forCommand id: ID) async throws -> [RecordedEvent]? {
        state.withLock { s in s.commands[id] == nil ? nil : s.events.filter { $0.commandID == id } }
    }

    func command(_ id: ID) async throws -> CommandEnvelope? { state.withLock { $0.commands[id] } }

    func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        state.withLock { Array($0.events.filter { $0.position > position && filter.admits($0) }.prefix(limit)) }
    }

    func head() async throws -> Int64 { state.withLock { Int64($0.events.count) } }

    func waitForEvents(after position: Int64) async throws {}
}
