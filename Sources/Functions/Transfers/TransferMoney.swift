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
