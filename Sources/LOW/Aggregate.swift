/// The state of one stream, folded from its events: what `lookup` reads to decide on an aggregate.
///
/// A pure fold: `init()` is the state of an empty stream, `apply` moves it by one recorded event.
/// Shells may cache folded states (snapshots) because the fold is deterministic.
package protocol Aggregate: Sendable {
    init()
    mutating func apply(_ event: RecordedEvent)
}

/// An aggregate's state with the stream version it was folded up to (0: the stream has no events).
package struct Loaded<State: Aggregate>: Sendable {
    package var state: State
    package var version: Int
    package init(state: State, version: Int) {
        self.state = state
        self.version = version
    }
    package var exists: Bool { version > 0 }
}
