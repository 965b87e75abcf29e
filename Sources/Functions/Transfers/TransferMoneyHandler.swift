package import LOW

/// Starts a transfer. Only the payload can refuse it here; unknown accounts and insufficient funds
/// are found by the transfer process, which then fails the transfer (the caller gets a FAILED
/// Transfer as data, not an error).
package struct TransferMoneyHandler: Handler {
    package static let meta = OperatorMeta(
        name: "transfer-money", inputs: [OperatorMeta.clientCommands], output: "transfers",
        completesOn: TransferEvent.terminalTypes)

    package init() {}

    package func lookup(_ command: TransferMoney, in reader: some Reader) async throws -> NoFacts { NoFacts() }

    package func operate(_ command: TransferMoney, facts: NoFacts, context: DecisionContext)
        -> Decision<TransferEvent>
    {
        guard command.from != command.to else { return .rejected(.invalidInput("to", reason: "same account")) }
        guard command.amount > 0 else { return .rejected(.invalidInput("amount", reason: "invalid amount")) }
        let id = context.newID("transfer")
        return .accepted([.requested(id: id, from: command.from, to: command.to, amount: command.amount)])
    }
}
