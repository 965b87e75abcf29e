package import LOW

/// Marks a transfer COMPLETED once its credit arrived.
package struct CompleteTransferHandler: Handler {
    package static let meta = OperatorMeta(
        name: "complete-transfer", inputs: [OperatorMeta.processCommands], output: "transfers")

    package init() {}

    package func lookup(_ command: CompleteTransfer, in reader: some Reader) async throws -> Loaded<TransferState> {
        try await reader.load(TransferState.self, stream: TransferEvent.streamID(command.transferId))
    }

    package func operate(_ command: CompleteTransfer, facts: Loaded<TransferState>, context: DecisionContext)
        -> Decision<TransferEvent>
    {
        if let refusal = facts.state.refusalToClose { return .rejected(refusal) }
        return .accepted([.completed(id: command.transferId)])
    }
}
