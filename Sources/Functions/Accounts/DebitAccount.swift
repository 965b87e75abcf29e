package import LOW

/// Takes a transfer's amount out of its source account; the credit then goes to `creditTo`.
///
/// No mutation: only the transfer process issues it, on `process-commands`. It carries what the
/// process's next step needs, because the process manager decides from one event alone.
package struct DebitAccount: CommandPayload {
    package static let name = "DebitAccount"
    package var accountId: String
    package var amount: Int
    package var transferId: String
    package var creditTo: String

    package init(accountId: String, amount: Int, transferId: String, creditTo: String) {
        self.accountId = accountId
        self.amount = amount
        self.transferId = transferId
        self.creditTo = creditTo
    }

    package init(payload: Value) throws(PayloadError) {
        accountId = try payload.string("accountId")
        amount = try payload.int("amount")
        transferId = try payload.string("transferId")
        creditTo = try payload.string("creditTo")
    }

    package var payload: Value {
        [
            "accountId": .string(accountId), "amount": .int(amount), "transferId": .string(transferId),
            "creditTo": .string(creditTo),
        ]
    }
}
