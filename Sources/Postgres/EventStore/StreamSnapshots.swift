package import LOW
import Synchronization

/// The streams this process has folded, each as the aggregate types it was loaded as: the next
/// load of a stream reads only the events after the snapshot's version, not the whole stream. A
/// hot stream (an account with thousands of deposits) costs one short read per command instead
/// of a read that grows with it.
///
/// The database stays the truth: a load always reads what was appended after the snapshot, by
/// this process or another, and streams only grow, with dense versions, so the snapshot plus
/// those events folds to what a fold from the first event gives (`Aggregate` is deterministic).
final class StreamSnapshots: Sendable {
    private struct Key: Hashable {
        var stream: String
        var type: ObjectIdentifier
    }

    private let snapshots = Mutex<[Key: any Sendable]>([:])
    /// The most snapshots kept; past it they are all dropped and the cache fills again.
    let capacity: Int

    init(capacity: Int = 100_000) { self.capacity = capacity }

    /// The snapshot of `stream` as `State`, nil when there is none.
    func snapshot<State: Aggregate>(_ type: State.Type, stream: String) -> Loaded<State>? {
        snapshots.withLock { $0[Key(stream: stream, type: ObjectIdentifier(State.self))] } as? Loaded<State>
    }

    /// Keeps `loaded` as the snapshot of `stream`, unless one at a later version is kept already.
    func keep<State: Aggregate>(_ loaded: Loaded<State>, stream: String) {
        let key = Key(stream: stream, type: ObjectIdentifier(State.self))
        snapshots.withLock { snapshots in
            if let kept = snapshots[key] as? Loaded<State>, kept.version >= loaded.version { return }
            if snapshots.count >= capacity { snapshots.removeAll(keepingCapacity: true) }
            snapshots[key] = loaded
        }
    }
}
