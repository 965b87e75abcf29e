package import LOW

/// The transfer process manager: debit the source, credit the target, then close the transfer;
/// when the credit is refused, refund the source first and fail the transfer with the credit's reason.
///
/// ```
/// TransferRequested      -> DebitAccount(from)
/// MoneyDebited           -> CreditAccount(to)          DebitAccountRejected  -> FailTransfer(reason)
/// MoneyCredited          -> CompleteTransfer           CreditAccountRejected -> RefundAccount(from)
/// MoneyRefunded          -> FailTransfer(reason)       RefundAccountRejected -> FailTransfer(reason)
/// ```
///
/// Stateless: every event carries what the next step needs, and the executor stores a refused
/// command as `<Command>Rejected` with the command's payload plus `reason`, so a rejection event
/// is enough to compensate. Command ids derive from the event id and the step.
package struct TransferProcess: ProcessManager {
    package static let meta = OperatorMeta(
        name: "transfer-process", inputs: [OperatorMeta.events], output: OperatorMeta.processCommands)

    package init() {}

    package func react(to event: RecordedEvent) -> [CommandEnvelope] {
        guard let (step, command) = (try? nextStep(after: event)) ?? nil else { return [] }
        return [CommandEnvelope.caused(by: event, step: step, name: command.name, payload: command.payload)]
    }

    /// The step `event` calls for, as a step name and a command; `nil` for events of no transfer.
    private func nextStep(after event: RecordedEvent) throws(PayloadError) -> (String, Step)? {
        let p = event.payload
        switch event.type {
        case "TransferRequested":
            guard case .requested(let id, let from, let to, let amount)? = try TransferEvent(recorded: event)
            else { return nil }
            return ("debit", .debit(DebitAccount(accountId: from, amount: amount, transferId: id, creditTo: to)))
        case "MoneyDebited":
            guard case .debited(let id, let amount, let transfer, let to)? = try AccountEvent(recorded: event)
            else { return nil }
            return ("credit", .credit(CreditAccount(accountId: to, amount: amount, transferId: transfer, debitedFrom: id)))
        case "MoneyCredited":
            guard case .credited(_, _, let transfer, _)? = try AccountEvent(recorded: event) else { return nil }
            return ("complete", .complete(CompleteTransfer(transferId: transfer)))
        case "MoneyRefunded":
            guard case .refunded(_, _, let transfer, let reason)? = try AccountEvent(recorded: event) else { return nil }
            return ("fail", .fail(FailTransfer(transferId: transfer, reason: reason)))
        case "DebitAccountRejected":
            let debit = try DebitAccount(payload: p)
            return ("fail", .fail(FailTransfer(transferId: debit.transferId, reason: try p.string("reason"))))
        case "CreditAccountRejected":
            let credit = try CreditAccount(payload: p)
            let refund = RefundAccount(
                accountId: credit.debitedFrom, amount: credit.amount, transferId: credit.transferId,
                failureReason: try p.string("reason"))
            return ("refund", .refund(refund))
        case "RefundAccountRejected":
            // Cannot happen for a debited account, but a transfer must never stay PENDING forever.
            let refund = try RefundAccount(payload: p)
            return ("fail", .fail(FailTransfer(transferId: refund.transferId, reason: refund.failureReason)))
        default:
            return nil
        }
    }

    /// One command of the process, typed until it is put in its envelope.
    private enum Step {
        case debit(DebitAccount)
        case credit(CreditAccount)
        case refund(RefundAccount)
        case complete(CompleteTransfer)
        case fail(FailTransfer)

        var name: String {
            switch self {
            case .debit: DebitAccount.name
            case .credit: CreditAccount.name
            case .refund: RefundAccount.name
            case .complete: CompleteTransfer.name
            case .fail: FailTransfer.name
            }
        }

        var payload: Value {
            switch self {
            case .debit(let c): c.payload
            case .credit(let c): c.payload
            case .refund(let c): c.payload
            case .complete(let c): c.payload
            case .fail(let c): c.payload
            }
        }
    }
}
