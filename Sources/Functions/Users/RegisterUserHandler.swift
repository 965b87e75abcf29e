package import LOW

/// Registers a user under a name nobody else holds (case-insensitive).
///
/// Checks the payload first (`invalid name`, `invalid age`), then the state (`name taken`), so a
/// client learns about its own mistakes before it learns about other users.
package struct RegisterUserHandler: Handler {
    package static let meta = OperatorMeta(
        name: "register-user", inputs: [OperatorMeta.clientCommands], output: "users")
    /// The contract stores this refusal under its own name, not `RegisterUserRejected`.
    package static let nameTakenEvent = "UserRegistrationFailed"

    package struct Facts: Sendable, Equatable {
        /// The user who already holds this name, if any.
        package var takenBy: String?
        package init(takenBy: String?) { self.takenBy = takenBy }
    }

    package init() {}

    package func lookup(_ command: RegisterUser, in reader: some Reader) async throws -> Facts {
        Facts(takenBy: try await reader.owner(of: .userName(command.name)))
    }

    package func operate(_ command: RegisterUser, facts: Facts, context: DecisionContext) -> Decision<UserEvent> {
        guard !command.name.isBlank else { return .rejected(.invalidInput("name", reason: "invalid name")) }
        if let age = command.age, !(0...150).contains(age) {
            return .rejected(.invalidInput("age", reason: "invalid age"))
        }
        guard facts.takenBy == nil else {
            return .rejected(.refused("name taken", storedAs: Self.nameTakenEvent))
        }
        return .accepted([.registered(id: context.newID("user"), name: command.name, age: command.age)])
    }

    package func write(_ event: UserEvent, into changes: inout ChangeSet) {
        if case .registered(let id, let name, _) = event { changes.claim(.userName(name), for: id) }
    }
}
