import Synchronization

/// A reader that remembers the version of every stream a lookup read, so the executor can expect
/// exactly those versions at commit (optimistic concurrency without handlers threading versions).
final class VersionTrackingReader: Reader {
    let base: any Reader
    // Lookups may read concurrently (async let), so the record is guarded.
    private let read = Mutex<[String: Int]>([:])

    init(base: any Reader) { self.base = base }

    var versions: [String: Int] { read.withLock { $0 } }

    private func note(_ stream: String, _ version: Int) {
        read.withLock { versions in versions[stream] = max(versions[stream] ?? 0, version) }
    }

    func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        let events = try await base.events(inStream: streamID, after: version)
        note(streamID, events.last?.streamVersion ?? version)
        return events
    }

    func owner(of key: UniqueKey) async throws -> String? { try await base.owner(of: key) }

    func load<State: Aggregate>(_ type: State.Type, stream streamID: String) async throws -> Loaded<State> {
        let loaded = try await base.load(type, stream: streamID)
        note(streamID, loaded.version)
        return loaded
    }
}
