package import LOW

/// Marks a transfer FAILED with the refusal that stopped it.
package struct FailTransferHandler: Handler {
    package static let meta = OperatorMeta(
        name: "fail-transfer", inputs: [OperatorMeta.processCommands], output: "transfers")

    package init() {}

    package func lookup(_ command: FailTransfer, in reader: some Reader) async throws -> Loaded<TransferState> {
        try await reader.load(TransferState.self, stream: TransferEvent.streamID(command.transferId))
    }

    package func operate(_ command: FailTransfer, facts: Loaded<TransferState>, context: DecisionContext)
        -> Decision<TransferEvent>
    {
        if let refusal = facts.state.refusalToClose { return .rejected(refusal) }
        return .accepted([.failed(id: command.transferId, reason: command.reason)])
    }
}
