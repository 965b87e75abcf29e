package import LOW

/// The events of the transfers area, in streams `transfer-<id>`.
package enum TransferEvent: DomainEvent {
    /// A client asked for a transfer; the transfer process takes it from here.
    case requested(id: String, from: String, to: String, amount: Int)
    case completed(id: String)
    case failed(id: String, reason: String)

    /// The stored types that close a transfer: what a `TransferMoney` caller waits for.
    package static let terminalTypes: Set<String> = ["TransferCompleted", "TransferFailed"]

    /// The stream of the transfer `id`.
    package static func streamID(_ id: String) -> String { "transfer-\(id)" }

    /// The transfer the event is about.
    package var transferID: String {
        switch self {
        case .requested(let id, _, _, _), .completed(let id), .failed(let id, _): id
        }
    }

    package var type: String {
        switch self {
        case .requested: "TransferRequested"
        case .completed: "TransferCompleted"
        case .failed: "TransferFailed"
        }
    }

    package var streamID: String { Self.streamID(transferID) }

    package var payload: Value {
        switch self {
        case .requested(let id, let from, let to, let amount):
            ["id": .string(id), "from": .string(from), "to": .string(to), "amount": .int(amount)]
        case .completed(let id): ["id": .string(id)]
        case .failed(let id, let reason): ["id": .string(id), "reason": .string(reason)]
        }
    }

    /// The typed event a recorded one stands for; `nil` when its type is not of this area.
    /// - Throws: `PayloadError` when the type is ours but the payload does not have its shape.
    package init?(recorded event: RecordedEvent) throws(PayloadError) {
        let p = event.payload
        switch event.type {
        case "TransferRequested":
            self = .requested(
                id: try p.string("id"), from: try p.string("from"), to: try p.string("to"), amount: try p.int("amount"))
        case "TransferCompleted": self = .completed(id: try p.string("id"))
        case "TransferFailed": self = .failed(id: try p.string("id"), reason: try p.string("reason"))
        default: return nil
        }
    }
}
