package import LOW

/// Disables an active user; a user is disabled once.
package struct DisableUserHandler: Handler {
    package static let meta = OperatorMeta(
        name: "disable-user", inputs: [OperatorMeta.clientCommands], output: "users")

    package init() {}

    package func lookup(_ command: DisableUser, in reader: some Reader) async throws -> Loaded<UserState> {
        try await reader.load(UserState.self, stream: UserEvent.streamID(command.id))
    }

    package func operate(_ command: DisableUser, facts: Loaded<UserState>, context: DecisionContext)
        -> Decision<UserEvent>
    {
        guard facts.state.isRegistered else { return .rejected(.refused("unknown user")) }
        guard facts.state.isActive else { return .rejected(.refused("already disabled")) }
        return .accepted([.disabled(id: command.id)])
    }
}
