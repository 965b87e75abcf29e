import Functions
import LOW
import LOWTesting

/// A log of recorded events that runs commands the way the executor does (decode, lookup,
/// operate, append or store the rejection), with no store and no I/O: enough to walk the transfer
/// process from request to close and check what its events project to.
struct Ledger {
    private(set) var events: [RecordedEvent] = []

    /// Runs `envelope` through `handler` and returns the events it recorded.
    mutating func run<H: Handler>(_ handler: H, _ envelope: CommandEnvelope) async throws -> [RecordedEvent] {
        let command = try H.Command(payload: envelope.payload)
        let facts = try await handler.lookup(command, in: FixedReader(events: events))
        let context = DecisionContext(commandID: envelope.id, now: envelope.issuedAt)
        switch handler.operate(command, facts: facts, context: context) {
        case .accepted(let decided):
            return decided.map { append(type: $0.type, stream: $0.streamID, payload: $0.payload, envelope) }
        case .rejected(let rejection):
            var payload = envelope.payload
            if case .object(var fields) = payload {
                fields["reason"] = .string(rejection.reason)
                payload = .object(fields)
            }
            let type = rejection.storedAs ?? "\(H.Command.name)Rejected"
            return [append(type: type, stream: Rejection.streamID(for: envelope.id), payload: payload, envelope)]
        }
    }

    private mutating func append(type: String, stream: String, payload: Value, _ envelope: CommandEnvelope)
        -> RecordedEvent
    {
        let version = events.filter { $0.streamID == stream }.count + 1
        let event = RecordedEvent(
            id: envelope.id.derived("event-\(events.count)"), type: type, streamID: stream, streamVersion: version,
            position: Int64(events.count + 1), occurredAt: envelope.issuedAt, commandID: envelope.id,
            causationID: envelope.causationID ?? envelope.id, correlationID: envelope.correlationID,
            payload: payload)
        events.append(event)
        return event
    }

    /// The row `projector` builds for `id` from every event so far.
    func row<P: Projector>(_ projector: P, id: String) -> P.Model? {
        events.filter { projector.rowID(for: $0) == id }.reduce(nil) { projector.apply($1, to: $0) }
    }
}

extension Ledger {
    /// Runs a process command through the domain's handler of its name.
    mutating func run(anyOf command: CommandEnvelope) async throws -> [RecordedEvent] {
        switch command.name {
        case DebitAccount.name: try await run(DebitAccountHandler(), command)
        case CreditAccount.name: try await run(CreditAccountHandler(), command)
        case RefundAccount.name: try await run(RefundAccountHandler(), command)
        case CompleteTransfer.name: try await run(CompleteTransferHandler(), command)
        case FailTransfer.name: try await run(FailTransferHandler(), command)
        default: []
        }
    }
}
