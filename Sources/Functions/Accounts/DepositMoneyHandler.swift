package import LOW

/// Puts money into an open account.
package struct DepositMoneyHandler: Handler {
    package static let meta = OperatorMeta(
        name: "deposit-money", inputs: [OperatorMeta.clientCommands], output: "accounts")

    package init() {}

    package func lookup(_ command: DepositMoney, in reader: some Reader) async throws -> Loaded<AccountState> {
        try await reader.account(command.accountId)
    }

    package func operate(_ command: DepositMoney, facts: Loaded<AccountState>, context: DecisionContext)
        -> Decision<AccountEvent>
    {
        if let refusal = AccountRules.refuseDeposit(of: command.amount, into: facts) { return .rejected(refusal) }
        return .accepted([.deposited(id: command.accountId, amount: command.amount)])
    }
}
