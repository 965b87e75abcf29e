/// Everything one command writes, applied by the store in one atomic commit: the events, the
/// versions their streams must be at, and the unique keys they claim.
package struct ChangeSet: Sendable, Equatable {
    /// What a stream's version must be for the commit to succeed.
    package enum ExpectedVersion: Sendable, Hashable {
        /// No check: streams nobody read to decide (a rejection stream is new by construction).
        case any
        /// The stream was at exactly this version when the decision was made (0: it had no events).
        case exactly(Int)
    }

    /// An event to append; the store assigns its stream version and global position.
    package struct NewEvent: Sendable, Hashable {
        package var id: ID
        package var type: String
        package var streamID: String
        package var payload: Value
        package init(id: ID, type: String, streamID: String, payload: Value) {
            self.id = id
            self.type = type
            self.streamID = streamID
            self.payload = payload
        }
    }

    package var command: CommandEnvelope
    package var events: [NewEvent]
    package var expectedVersions: [String: ExpectedVersion]
    package var claims: [UniqueKey: String]

    package init(
        command: CommandEnvelope, events: [NewEvent] = [], expectedVersions: [String: ExpectedVersion] = [:],
        claims: [UniqueKey: String] = [:]
    ) {
        self.command = command
        self.events = events
        self.expectedVersions = expectedVersions
        self.claims = claims
    }

    /// Claims `key` for `owner` in this commit: the commit fails if another owner holds it.
    package mutating func claim(_ key: UniqueKey, for owner: String) { claims[key] = owner }
}
