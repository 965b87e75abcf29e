package import LOW

/// Changes an active user's email. The address is checked before the user is looked at.
package struct UpdateUserEmailHandler: Handler {
    package static let meta = OperatorMeta(
        name: "update-user-email", inputs: [OperatorMeta.clientCommands], output: "users")

    package init() {}

    package func lookup(_ command: UpdateUserEmail, in reader: some Reader) async throws -> Loaded<UserState> {
        try await reader.load(UserState.self, stream: UserEvent.streamID(command.id))
    }

    package func operate(_ command: UpdateUserEmail, facts: Loaded<UserState>, context: DecisionContext)
        -> Decision<UserEvent>
    {
        guard EmailAddress.isPlausible(command.email) else {
            return .rejected(.invalidInput("email", reason: "invalid email"))
        }
        guard facts.state.isRegistered else { return .rejected(.refused("unknown user")) }
        guard facts.state.isActive else { return .rejected(.refused("user disabled")) }
        return .accepted([.emailUpdated(id: command.id, email: command.email)])
    }
}
