package import LOW

/// The `TransferMoney` mutation's payload: `amount` cents from the account `from` to `to`.
package struct TransferMoney: CommandPayload {
    package static let name = "TransferMoney"
    package var from: String
    package var to: String
    package var amount: Int

    package init(from: String, to: String, amount: Int) {
        self.from = from
        self.to = to
        self.amount = amount
    }

    package init(payload: Value) throws(PayloadError) {
        from = try payload.string("from")
        to = try payload.string("to")
        amount = try payload.int("amount")
    }

    package var payload: Value { ["from": .string(from), "to": .string(to), "amount": .int(amount)] }
}

/// Closes a transfer whose credit arrived. Issued by the transfer process only.
package struct CompleteTransfer: CommandPayload {
    package static let name = "CompleteTransfer"
    package var transferId: String

    package init(transferId: String) { self.transferId = transferId }

    package init(payload: Value) throws(PayloadError) {
        transferId = try payload.string("transferId")
    }

    package var payload: Value { ["transferId": .string(transferId)] }
}

/// Closes a transfer that could not be carried out, with the refusal that stopped it.
/// Issued by the transfer process only.
package struct FailTransfer: CommandPayload {
    package static let name = "FailTransfer"
    package var transferId: String
    package var reason: String

    package init(transferId: String, reason: String) {
        self.transferId = transferId
        self.reason = reason
    }

    package init(payload: Value) throws(PayloadError) {
        transferId = try payload.string("transferId")
        reason = try payload.string("reason")
    }

    package var payload: Value { ["transferId": .string(transferId), "reason": .string(reason)] }
}
