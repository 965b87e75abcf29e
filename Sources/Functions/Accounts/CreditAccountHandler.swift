package import LOW

/// A transfer's second leg: puts the amount into the target, by the deposit rules.
package struct CreditAccountHandler: Handler {
    package static let meta = OperatorMeta(
        name: "credit-account", inputs: [OperatorMeta.processCommands], output: "accounts")

    package init() {}

    package func lookup(_ command: CreditAccount, in reader: some Reader) async throws -> Loaded<AccountState> {
        try await reader.account(command.accountId)
    }

    package func operate(_ command: CreditAccount, facts: Loaded<AccountState>, context: DecisionContext)
        -> Decision<AccountEvent>
    {
        if let refusal = AccountRules.refuseDeposit(of: command.amount, into: facts) { return .rejected(refusal) }
        return .accepted([
            .credited(
                id: command.accountId, amount: command.amount, transferId: command.transferId,
                debitedFrom: command.debitedFrom)
        ])
    }
}
