/// An event as the store holds it: the payload in its envelope.
///
/// A value kept in one copy-on-write box: an event is copied at every hop (the log's index, each
/// reader's batch, each projector), and copying one reference is one retain where copying the
/// fields retained each string and the payload.
package struct RecordedEvent: Sendable, Hashable {
    private var box: Box

    /// Derived from the command id and the event's index in the decision.
    package var id: ID {
        get { box.parts.id }
        set { unique().parts.id = newValue }
    }
    /// The stored type name (`CustomerInvited`), written by hand so a Swift rename changes no history.
    package var type: String {
        get { box.parts.type }
        set { unique().parts.type = newValue }
    }
    package var streamID: String {
        get { box.parts.streamID }
        set { unique().parts.streamID = newValue }
    }
    /// 1 for a stream's first event; `Account.version` is the last one.
    package var streamVersion: Int {
        get { box.parts.streamVersion }
        set { unique().parts.streamVersion = newValue }
    }
    /// Above 0 and increasing over the whole log, in the order readers see commits; a store may
    /// leave gaps (a database sequence does), so a cursor is a position, never a count.
    package var position: Int64 {
        get { box.parts.position }
        set { unique().parts.position = newValue }
    }
    package var occurredAt: Timestamp {
        get { box.parts.occurredAt }
        set { unique().parts.occurredAt = newValue }
    }
    package var commandID: ID {
        get { box.parts.commandID }
        set { unique().parts.commandID = newValue }
    }
    /// The command that wrote it (the same as `commandID`) or, for a process manager's command, its cause.
    package var causationID: ID {
        get { box.parts.causationID }
        set { unique().parts.causationID = newValue }
    }
    package var correlationID: ID {
        get { box.parts.correlationID }
        set { unique().parts.correlationID = newValue }
    }
    package var payload: Value {
        get { box.parts.payload }
        set { unique().parts.payload = newValue }
    }

    package init(
        id: ID, type: String, streamID: String, streamVersion: Int, position: Int64, occurredAt: Timestamp,
        commandID: ID, causationID: ID, correlationID: ID, payload: Value
    ) {
        box = Box(
            Parts(
                id: id, type: type, streamID: streamID, streamVersion: streamVersion, position: position,
                occurredAt: occurredAt, commandID: commandID, causationID: causationID,
                correlationID: correlationID, payload: payload))
    }

    /// The box, copied first when another event shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.parts) }
        return box
    }

    package static func == (lhs: RecordedEvent, rhs: RecordedEvent) -> Bool {
        lhs.box === rhs.box || lhs.box.parts == rhs.box.parts
    }

    package func hash(into hasher: inout Hasher) { hasher.combine(box.parts) }
}

extension RecordedEvent {
    private struct Parts: Hashable {
        var id: ID
        var type: String
        var streamID: String
        var streamVersion: Int
        var position: Int64
        var occurredAt: Timestamp
        var commandID: ID
        var causationID: ID
        var correlationID: ID
        var payload: Value
    }

    /// Changed only through `unique()`, while a single event holds it: never while shared, so
    /// tasks can share it.
    private final class Box: @unchecked Sendable {
        var parts: Parts
        init(_ parts: Parts) { self.parts = parts }
    }
}
