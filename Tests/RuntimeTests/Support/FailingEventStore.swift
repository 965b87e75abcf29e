import InProcess
import LOW
import Synchronization

/// The in-memory store, except that it fails on demand, as a database does when its connection
/// drops: commits of a named command a number of times, or every read of the log (`read`, `head`,
/// `waitForEvents`) while `readsFail` is set.
final class FailingEventStore: EventStore {
    struct ConnectionLost: Error {}

    private struct State {
        var commitFailures: [String: Int] = [:]
        var readsFail = false
    }

    let base = InMemoryEventStore()
    private let state = Mutex(State())

    /// Makes the next `times` commits of the command named `name` throw.
    func failCommits(of name: String, times: Int) { state.withLock { $0.commitFailures[name] = times } }

    /// While set, reads of the log throw (a waiter already parked stays parked until a commit).
    var readsFail: Bool {
        get { state.withLock { $0.readsFail } }
        set { state.withLock { $0.readsFail = newValue } }
    }

    private func checkReads() throws { if readsFail { throw ConnectionLost() } }

    func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        let fails = state.withLock { state in
            guard let left = state.commitFailures[changes.command.name], left > 0 else { return false }
            state.commitFailures[changes.command.name] = left - 1
            return true
        }
        if fails { throw ConnectionLost() }
        return try await base.commit(changes)
    }

    func events(forCommand id: ID) async throws -> [RecordedEvent]? { try await base.events(forCommand: id) }
    func command(_ id: ID) async throws -> CommandEnvelope? { try await base.command(id) }

    func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try checkReads()
        return try await base.read(after: position, limit: limit, filter: filter)
    }

    func head() async throws -> Int64 {
        try checkReads()
        return try await base.head()
    }

    func waitForEvents(after position: Int64) async throws {
        try checkReads()
        try await base.waitForEvents(after: position)
    }

    func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        try await base.events(inStream: streamID, after: version)
    }

    func owner(of key: UniqueKey) async throws -> String? { try await base.owner(of: key) }
}
