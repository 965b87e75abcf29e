import LOW

/// The reads of an event store whose index is a `LogCore`: the in-memory store and the file log
/// answer them alike, from memory; only how they commit (and wait for durability) differs.
protocol LogCoreReads: EventStore {
    var core: LogCore { get }
}

extension LogCoreReads {
    package func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        core.read(after: position, limit: limit, filter: filter)
    }

    package func head() async throws -> Int64 { core.head }

    package func waitForEvents(after position: Int64) async throws {
        await core.waitForEvents(after: position)
    }

    package func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        core.events(inStream: streamID, after: version)
    }

    package func owner(of key: UniqueKey) async throws -> String? { core.owner(of: key) }

    package func load<State: Aggregate>(_ type: State.Type, stream streamID: String) async throws -> Loaded<State> {
        core.load(type, stream: streamID)
    }
}
