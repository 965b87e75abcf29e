package import LOW

/// A transfer's compensation: gives the debited amount back to the source (`AccountRules.refuseRefund`).
package struct RefundAccountHandler: Handler {
    package static let meta = OperatorMeta(
        name: "refund-account", inputs: [OperatorMeta.processCommands], output: "accounts")

    package init() {}

    package func lookup(_ command: RefundAccount, in reader: some Reader) async throws -> Loaded<AccountState> {
        try await reader.account(command.accountId)
    }

    package func operate(_ command: RefundAccount, facts: Loaded<AccountState>, context: DecisionContext)
        -> Decision<AccountEvent>
    {
        if let refusal = AccountRules.refuseRefund(of: command.amount, into: facts) { return .rejected(refusal) }
        return .accepted([
            .refunded(
                id: command.accountId, amount: command.amount, transferId: command.transferId,
                failureReason: command.failureReason)
        ])
    }
}
