package import LOW

/// Why a requested transfer cannot be closed, or `nil` when it can. A transfer closes once.
func refuseClosing(_ transfer: Loaded<TransferState>) -> Rejection? {
    guard transfer.state.isRequested else { return .refused("unknown transfer") }
    guard !transfer.state.isClosed else { return .refused("transfer closed") }
    return nil
}

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
        if let refusal = refuseClosing(facts) { return .rejected(refusal) }
        return .accepted([.completed(id: command.transferId)])
    }
}

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
        if let refusal = refuseClosing(facts) { return .rejected(refusal) }
        return .accepted([.failed(id: command.transferId, reason: command.reason)])
    }
}
