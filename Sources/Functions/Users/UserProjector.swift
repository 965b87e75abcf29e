package import LOW

/// Projects user events into the `users` table.
package struct UserProjector: Projector {
    package static let meta = OperatorMeta(name: "user-projector", inputs: [OperatorMeta.events], output: User.table)

    package init() {}

    package func rowID(for event: RecordedEvent) -> String? {
        (try? UserEvent(recorded: event))?.userID
    }

    package func apply(_ event: RecordedEvent, to row: User?) -> User? {
        guard let decoded = try? UserEvent(recorded: event) else { return row }
        if case .registered(let id, let name, let age) = decoded {
            return User(id: id, name: name, age: age, email: nil, status: User.active, viewcount: 0)
        }
        // Later events change a registered user; without its row there is nothing to change.
        guard var user = row else { return nil }
        switch decoded {
        case .registered: break
        case .emailUpdated(_, let email): user.email = email
        case .disabled: user.status = User.disabled
        case .pageviewed: user.viewcount += 1
        }
        return user
    }
}
