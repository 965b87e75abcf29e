package import LOW

/// The events of the users area, in streams `user-<id>`.
package enum UserEvent: DomainEvent {
    case registered(id: String, name: String, age: Int?)
    case emailUpdated(id: String, email: String)
    case disabled(id: String)
    /// One page view: the user's viewcount goes up by one.
    case pageviewed(id: String, url: String, renderTime: Int)

    /// The stream of the user `id`.
    package static func streamID(_ id: String) -> String { "user-\(id)" }

    /// The user the event is about.
    package var userID: String {
        switch self {
        case .registered(let id, _, _), .emailUpdated(let id, _), .disabled(let id), .pageviewed(let id, _, _): id
        }
    }

    package var type: String {
        switch self {
        case .registered: "UserRegistered"
        case .emailUpdated: "UserEmailUpdated"
        case .disabled: "UserDisabled"
        case .pageviewed: "UserPageviewed"
        }
    }

    package var streamID: String { Self.streamID(userID) }

    package var payload: Value {
        switch self {
        case .registered(let id, let name, let age):
            .object(dropping: ["id": .string(id), "name": .string(name), "age": age.map(Value.int)])
        case .emailUpdated(let id, let email): ["id": .string(id), "email": .string(email)]
        case .disabled(let id): ["id": .string(id)]
        case .pageviewed(let id, let url, let renderTime):
            ["id": .string(id), "url": .string(url), "renderTime": .int(renderTime)]
        }
    }

    /// The typed event a recorded one stands for; `nil` when its type is not of this area.
    /// - Throws: `PayloadError` when the type is ours but the payload does not have its shape.
    package init?(recorded event: RecordedEvent) throws(PayloadError) {
        let p = event.payload
        switch event.type {
        case "UserRegistered":
            self = .registered(id: try p.string("id"), name: try p.string("name"), age: try p.optionalInt("age"))
        case "UserEmailUpdated": self = .emailUpdated(id: try p.string("id"), email: try p.string("email"))
        case "UserDisabled": self = .disabled(id: try p.string("id"))
        case "UserPageviewed":
            self = .pageviewed(id: try p.string("id"), url: try p.string("url"), renderTime: try p.int("renderTime"))
        default: return nil
        }
    }
}
