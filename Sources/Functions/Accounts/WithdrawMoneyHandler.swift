package import LOW

/// Takes money out of an open account, never below a zero balance.
package struct WithdrawMoneyHandler: Handler {
    package static let meta = OperatorMeta(
        name: "withdraw-money", inputs: [OperatorMeta.clientCommands], output: "accounts")

    package init() {}

    package func lookup(_ command: WithdrawMoney, in reader: some Reader) async throws -> Loaded<AccountState> {
        try await reader.account(command.accountId)
    }

    package func operate(_ command: WithdrawMoney, facts: Loaded<AccountState>, context: DecisionContext)
        -> Decision<AccountEvent>
    {
        if let refusal = AccountRules.refuseWithdrawal(of: command.amount, from: facts) { return .rejected(refusal) }
        return .accepted([.withdrawn(id: command.accountId, amount: command.amount)])
    }
}
