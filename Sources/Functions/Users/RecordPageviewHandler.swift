package import LOW

/// Counts one page view of a known user. Disabled users still count: the contract asks only that
/// the user exists, and a view that happened is a fact.
package struct RecordPageviewHandler: Handler {
    package static let meta = OperatorMeta(
        name: "record-pageview", inputs: [OperatorMeta.clientCommands], output: "users")

    package init() {}

    package func lookup(_ command: RecordPageview, in reader: some Reader) async throws -> Loaded<UserState> {
        try await reader.load(UserState.self, stream: UserEvent.streamID(command.id))
    }

    package func operate(_ command: RecordPageview, facts: Loaded<UserState>, context: DecisionContext)
        -> Decision<UserEvent>
    {
        guard command.renderTime >= 0 else {
            return .rejected(.invalidInput("renderTime", reason: "invalid render time"))
        }
        guard facts.state.isRegistered else { return .rejected(.refused("unknown user")) }
        return .accepted([.pageviewed(id: command.id, url: command.url, renderTime: command.renderTime)])
    }
}
