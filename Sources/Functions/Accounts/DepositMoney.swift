package import LOW

/// The `DepositMoney` mutation's payload; `amount` in cents.
package struct DepositMoney: CommandPayload {
    package static let name = "DepositMoney"
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
