package import LOW

/// The `WithdrawMoney` mutation's payload; `amount` in cents.
package struct WithdrawMoney: CommandPayload {
    package static let name = "WithdrawMoney"
    package var accountId: String
    package var amount: Int

    package init(accountId: String, amount: Int) {
        self.accountId = accountId
        self.amount = amount
    }

    package init(payload: Value) throws(PayloadError) {
        accountId = try payload.string("accountId")
        amount = try payload.int("amount")
    }

    package var payload: Value { ["accountId": .string(accountId), "amount": .int(amount)] }
}
