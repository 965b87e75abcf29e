package import LOW

/// A transfer's first leg: takes the amount out of the source, by the withdrawal rules.
package struct DebitAccountHandler: Handler {
    package static let meta = OperatorMeta(
        name: "debit-account", inputs: [OperatorMeta.processCommands], output: "accounts")

    package init() {}

    package func lookup(_ command: DebitAccount, in reader: some Reader) async throws -> Loaded<AccountState> {
        try await reader.account(command.accountId)
    }

    package func operate(_ command: DebitAccount, facts: Loaded<AccountState>, context: DecisionContext)
        -> Decision<AccountEvent>
    {
        if let refusal = AccountRules.refuseWithdrawal(of: command.amount, from: facts) { return .rejected(refusal) }
        return .accepted([
            .debited(
                id: command.accountId, amount: command.amount, transferId: command.transferId,
                creditTo: command.creditTo)
        ])
    }
}
