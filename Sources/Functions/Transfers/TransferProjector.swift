package import LOW

/// Projects transfer events into the `transfers` table: PENDING, then COMPLETED or FAILED.
package struct TransferProjector: Projector {
    package static let meta = OperatorMeta(
        name: "transfer-projector", inputs: [OperatorMeta.events], output: Transfer.table)

    package init() {}

    package func rowID(for event: RecordedEvent) -> String? {
        (try? TransferEvent(recorded: event))?.transferID
    }

    package func apply(_ event: RecordedEvent, to row: Transfer?) -> Transfer? {
        guard let decoded = try? TransferEvent(recorded: event) else { return row }
        switch decoded {
        case .requested(let id, let from, let to, let amount):
            return Transfer(id: id, from: from, to: to, amount: amount, status: Transfer.pending, reason: nil)
        case .completed:
            guard var transfer = row else { return nil }
            transfer.status = Transfer.completed
            return transfer
        case .failed(_, let reason):
            guard var transfer = row else { return nil }
            transfer.status = Transfer.failed
            transfer.reason = reason
            return transfer
        }
    }
}
