/// An event as the store holds it: the payload in its envelope.
package struct RecordedEvent: Sendable, Hashable {
    /// Derived from the command id and the event's index in the decision.
    package var id: ID
    /// The stored type name (`CustomerInvited`), written by hand so a Swift rename changes no history.
    package var type: String
    package var streamID: String
    /// 1 for a stream's first event; `Account.version` is the last one.
    package var streamVersion: Int
    /// Dense and increasing from 1 over the whole log.
    package var position: Int64
    package var occurredAt: Timestamp
    package var commandID: ID
    /// The command that wrote it (the same as `commandID`) or, for a process manager's command, its cause.
    package var causationID: ID
    package var correlationID: ID
    package var payload: Value

    package init(
        id: ID, type: String, streamID: String, streamVersion: Int, position: Int64, occurredAt: Timestamp,
        commandID: ID, causationID: ID, correlationID: ID, payload: Value
    ) {
        self.id = id
        self.type = type
        self.streamID = streamID
        self.streamVersion = streamVersion
        self.position = position
        self.occurredAt = occurredAt
        self.commandID = commandID
        self.causationID = causationID
        self.correlationID = correlationID
        self.payload = payload
    }
}
