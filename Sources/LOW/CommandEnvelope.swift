/// A command on its way to a handler: the payload and everything a shell needs to route, trace
/// and deduplicate it.
package struct CommandEnvelope: Sendable, Hashable {
    /// Unique per intent: a retry of the same intent carries the same id (Idempotency-Key).
    package var id: ID
    /// The command's name, which is also its mutation's name (`DepositMoney`).
    package var name: String
    package var payload: Value
    /// The event that caused this command (a process manager's), `nil` for a client's command.
    package var causationID: ID?
    /// The client command at the root of the chain: every command and event it leads to carries it.
    package var correlationID: ID
    /// When the command was issued; the decision's `now`, so a retry decides the same.
    package var issuedAt: Timestamp

    package init(
        id: ID, name: String, payload: Value, causationID: ID? = nil, correlationID: ID? = nil, issuedAt: Timestamp
    ) {
        self.id = id
        self.name = name
        self.payload = payload
        self.causationID = causationID
        self.correlationID = correlationID ?? id
        self.issuedAt = issuedAt
    }

    /// A command that `event` causes (a process manager's step). Its id derives from the event's id
    /// and `step`, so a duplicate delivery of the event issues the same command, which is then
    /// answered from its first outcome instead of running twice.
    package static func caused(by event: RecordedEvent, step: String, name: String, payload: Value) -> Self {
        CommandEnvelope(
            id: event.id.derived(step), name: name, payload: payload, causationID: event.id,
            correlationID: event.correlationID, issuedAt: event.occurredAt)
    }
}
