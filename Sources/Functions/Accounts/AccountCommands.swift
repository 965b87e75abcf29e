package import LOW

/// The `OpenAccount` mutation's payload; an absent `initialDeposit` is the schema's default, 0.
package struct OpenAccount: CommandPayload {
    package static let name = "OpenAccount"
    package var owner: String
    package var initialDeposit: Int

    package init(owner: String, initialDeposit: Int = 0) {
        self.owner = owner
        self.initialDeposit = initialDeposit
    }

    package init(payload: Value) throws(PayloadError) {
        owner = try payload.string("owner")
        initialDeposit = try payload.optionalInt("initialDeposit") ?? 0
    }

    package var payload: Value { ["owner": .string(owner), "initialDeposit": .int(initialDeposit)] }
}

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
