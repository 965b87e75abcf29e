package import LOW

/// Opens an account for an owner, with an optional first deposit. Needs no reads: the account's
/// id is new, derived from the command id.
package struct OpenAccountHandler: Handler {
    package static let meta = OperatorMeta(
        name: "open-account", inputs: [OperatorMeta.clientCommands], output: "accounts")

    package init() {}

    package func lookup(_ command: OpenAccount, in reader: some Reader) async throws -> NoFacts { NoFacts() }

    package func operate(_ command: OpenAccount, facts: NoFacts, context: DecisionContext) -> Decision<AccountEvent> {
        guard !command.owner.isBlank else { return .rejected(.invalidInput("owner", reason: "invalid owner")) }
        if let refusal = AccountRules.refuseOpening(with: command.initialDeposit) { return .rejected(refusal) }
        let id = context.newID("account")
        return .accepted([.opened(id: id, owner: command.owner, initialDeposit: command.initialDeposit)])
    }
}
