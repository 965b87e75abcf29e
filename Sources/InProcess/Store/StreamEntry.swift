package import LOW

/// One stream in an `EventIndex`: the indices of its events in version order, and the folded
/// states `load` has cached for it, one per aggregate type.
struct StreamEntry {
    /// `indices[v - 1]` is the index in the log of the event at stream version `v`.
    var indices: [Int] = []
    /// `SnapshotBox<State>` per `ObjectIdentifier(State.self)`.
    var snapshots: [ObjectIdentifier: AnyObject] = [:]

    /// Records the event at log index `index`; returns its stream version.
    mutating func append(_ index: Int) -> Int {
        indices.append(index)
        return indices.count
    }
}

/// A cached fold of one stream as `State`, moved forward in place when the stream grows.
final class SnapshotBox<State: Aggregate> {
    var loaded: Loaded<State>
    init(_ loaded: Loaded<State>) { self.loaded = loaded }
}

extension EventIndex {
    /// `streamID` folded as `State`, from the cached snapshot plus the events after it. The fold is
    /// deterministic (`Aggregate`), so a cached state equals a fresh fold.
    package mutating func load<State: Aggregate>(_ type: State.Type, stream streamID: String) -> Loaded<State> {
        guard let stream = streams[streamID] else { return Loaded(state: State(), version: 0) }
        let key = ObjectIdentifier(State.self)
        if let cached = stream.snapshots[key] {
            // The key is State's own type identifier, so the box is a SnapshotBox<State>.
            let box = unsafeDowncast(cached, to: SnapshotBox<State>.self)
            fold(&box.loaded, stream.indices)
            return box.loaded
        }
        var loaded = Loaded(state: State(), version: 0)
        fold(&loaded, stream.indices)
        streams[streamID]?.snapshots[key] = SnapshotBox(loaded)
        return loaded
    }

    private func fold<State: Aggregate>(_ loaded: inout Loaded<State>, _ indices: [Int]) {
        while loaded.version < indices.count {
            loaded.state.apply(events[indices[loaded.version]])
            loaded.version += 1
        }
    }
}
