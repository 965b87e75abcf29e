package import LOW

/// The events of the customers area, in streams `customer-<id>`.
package enum CustomerEvent: DomainEvent {
    /// A customer was invited by email; the first invitation of an address wins.
    case invited(id: String, email: String, at: Timestamp)

    /// The stream of the customer `id`.
    package static func streamID(_ id: String) -> String { "customer-\(id)" }

    package var type: String {
        switch self {
        case .invited: "CustomerInvited"
        }
    }

    package var streamID: String {
        switch self {
        case .invited(let id, _, _): Self.streamID(id)
        }
    }

    package var payload: Value {
        switch self {
        case .invited(let id, let email, let at):
            ["id": .string(id), "email": .string(email), "invitedAt": .string(at.description)]
        }
    }

    /// The typed event a recorded one stands for; `nil` when its type is not of this area.
    /// - Throws: `PayloadError` when the type is ours but the payload does not have its shape.
    package init?(recorded event: RecordedEvent) throws(PayloadError) {
        let p = event.payload
        switch event.type {
        case "CustomerInvited":
            self = .invited(id: try p.string("id"), email: try p.string("email"), at: try p.timestamp("invitedAt"))
        default: return nil
        }
    }
}
