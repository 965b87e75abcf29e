/// The port `lookup` reads through: every read a decision needs.
///
/// Implementations must return states consistent with the commits they have acknowledged, and the
/// version they report for a stream is the one the executor then expects at commit (optimistic
/// concurrency). Contract checks: `ShellTesting.EventStoreContract`.
package protocol Reader: Sendable {
    /// The recorded events of `streamID` with a version above `version`, in order.
    func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent]
    /// The entity holding `key`, if any.
    func owner(of key: UniqueKey) async throws -> String?
    /// The state of `streamID` folded as `State`. The default folds `events(inStream:after:)`; a
    /// store may answer from a cached snapshot.
    func load<State: Aggregate>(_ type: State.Type, stream streamID: String) async throws -> Loaded<State>
}

extension Reader {
    package func load<State: Aggregate>(_ type: State.Type, stream streamID: String) async throws -> Loaded<State> {
        var state = State()
        var version = 0
        for event in try await events(inStream: streamID, after: 0) {
            state.apply(event)
            version = event.streamVersion
        }
        return Loaded(state: state, version: version)
    }
}
