package import LOW

extension RecordedEvent {
    /// `event` as a store would record it, with fixed ids and time.
    package static func given(
        _ event: some DomainEvent, version: Int = 1, position: Int64 = 1, commandID: String = "given-command",
        at time: Timestamp = DecisionContext.fixedNow
    ) -> RecordedEvent {
        let command = ID.fixed(commandID)
        return RecordedEvent(
            id: command.derived("event-\(position)"), type: event.type, streamID: event.streamID,
            streamVersion: version, position: position, occurredAt: time, commandID: command,
            causationID: command, correlationID: command, payload: event.payload)
    }

    /// `events` as if committed in this order: positions from 1, each stream's versions from 1.
    package static func given(_ events: [any DomainEvent]) -> [RecordedEvent] {
        var versions: [String: Int] = [:]
        return events.enumerated().map { index, event in
            let version = (versions[event.streamID] ?? 0) + 1
            versions[event.streamID] = version
            return given(event, version: version, position: Int64(index + 1))
        }
    }

    /// The event the executor stores when it refuses `command` for `reason`: type
    /// `<Command>Rejected`, stream `rejection-<commandId>`, the command's payload plus `reason`.
    package static func rejection<C: CommandPayload>(
        of command: C, reason: String, commandID: String = "refused-command", position: Int64 = 1
    ) -> RecordedEvent {
        let id = ID.fixed(commandID)
        var payload = command.payload
        if case .object(var fields) = payload {
            fields["reason"] = .string(reason)
            payload = .object(fields)
        }
        return RecordedEvent(
            id: id.derived("event-0"), type: "\(C.name)Rejected", streamID: Rejection.streamID(for: id),
            streamVersion: 1, position: position, occurredAt: DecisionContext.fixedNow, commandID: id,
            causationID: id, correlationID: id, payload: payload)
    }
}
