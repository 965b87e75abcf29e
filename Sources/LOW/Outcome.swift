/// How a command ended, as the executor reports it to whoever sent it.
package enum Outcome: Sendable, Equatable {
    /// Recorded; the events it wrote, with their positions.
    case accepted([RecordedEvent])
    /// Refused by the domain; the stored rejection event carries the reason.
    case rejected(reason: String, event: RecordedEvent)
    /// Optimistic concurrency kept failing after every retry; nothing was written.
    case conflict(attempts: Int)
    /// The payload does not have the command's shape; nothing was written.
    case invalidPayload(PayloadError)
    /// The command id was already used for another command or other arguments.
    case idempotencyMismatch
    /// No handler takes a command of this name.
    case unknownCommand(String)

    /// The events the command wrote (accepted or rejected), empty otherwise.
    package var events: [RecordedEvent] {
        switch self {
        case .accepted(let events): events
        case .rejected(_, let event): [event]
        default: []
        }
    }

    /// The outcome that stored events stand for: how a retry of a handled command is answered.
    package static func replayed(_ events: [RecordedEvent]) -> Outcome {
        if let first = events.first, events.count == 1, first.streamID.hasPrefix("rejection-") {
            return .rejected(reason: first.payload["reason"]?.stringValue ?? "", event: first)
        }
        return .accepted(events)
    }
}
