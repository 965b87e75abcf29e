package import LOW

/// The transfer process manager: debit the source, credit the target, then close the transfer;
/// when the credit is refused, refund the source first and fail the transfer with the credit's reason.
///
/// ```
/// TransferRequested -> DebitAccount(from)
/// MoneyDebited      -> CreditAccount(to)       DebitAccountRejected  -> FailTransfer(reason)
/// MoneyCredited     -> CompleteTransfer        CreditAccountRejected -> RefundAccount(from)
/// MoneyRefunded     -> FailTransfer(reason)    RefundAccountRejected -> FailTransfer(reason)
/// ```
///
/// Stateless: every event carries what the next step needs, and the executor stores a refused
/// command as `<Command>Rejected` with the command's payload plus `reason`, so a rejection event
/// is enough to compensate. Command ids derive from the event id and the step name.
package struct TransferProcess: ProcessManager {
    package static let meta = OperatorMeta(
        name: "transfer-process", inputs: [OperatorMeta.events], output: OperatorMeta.processCommands)

    /// A step of the process: its name (part of the command id) and its command.
    private typealias Step = (name: String, command: any CommandPayload)

    package init() {}

    package func react(to event: RecordedEvent) -> [CommandEnvelope] {
        // A step event with a malformed payload cannot be acted on; it is skipped, not retried.
        guard let step = (try? nextStep(after: event)) ?? nil else { return [] }
        let name = type(of: step.command).name
        return [CommandEnvelope.caused(by: event, step: step.name, name: name, payload: step.command.payload)]
    }

    private func nextStep(after event: RecordedEvent) throws(PayloadError) -> Step? {
        if let transfer = try TransferEvent(recorded: event) { return nextStep(after: transfer) }
        if let account = try AccountEvent(recorded: event) { return nextStep(after: account) }
        return try compensation(for: event)
    }

    private func nextStep(after event: TransferEvent) -> Step? {
        guard case .requested(let id, let from, let to, let amount) = event else { return nil }
        return ("debit", DebitAccount(accountId: from, amount: amount, transferId: id, creditTo: to))
    }

    private func nextStep(after event: AccountEvent) -> Step? {
        switch event {
        case .debited(let source, let amount, let transfer, let target):
            ("credit", CreditAccount(accountId: target, amount: amount, transferId: transfer, debitedFrom: source))
        case .credited(_, _, let transfer, _):
            ("complete", CompleteTransfer(transferId: transfer))
        case .refunded(_, _, let transfer, let reason):
            ("fail", FailTransfer(transferId: transfer, reason: reason))
        case .opened, .deposited, .withdrawn:
            nil
        }
    }

    /// The step after a refused leg: its rejection event holds the leg's payload and `reason`.
    private func compensation(for event: RecordedEvent) throws(PayloadError) -> Step? {
        let p = event.payload
        switch event.type {
        case "DebitAccountRejected":
            return (
                "fail",
                FailTransfer(transferId: try DebitAccount(payload: p).transferId, reason: try p.string("reason"))
            )
        case "CreditAccountRejected":
            let credit = try CreditAccount(payload: p)
            let refund = RefundAccount(
                accountId: credit.debitedFrom, amount: credit.amount, transferId: credit.transferId,
                failureReason: try p.string("reason"))
            return ("refund", refund)
        case "RefundAccountRejected":
            // Cannot happen to a debited account, but a transfer must never stay PENDING for good.
            let refund = try RefundAccount(payload: p)
            return ("fail", FailTransfer(transferId: refund.transferId, reason: refund.failureReason))
        default:
            return nil
        }
    }
}
