package import LOW

/// Puts a transfer's amount into its target account; a refusal refunds `debitedFrom`.
///
/// No mutation: only the transfer process issues it, on `process-commands`. It carries what the
/// process's next step needs, because the process manager decides from one event alone.
package struct CreditAccount: CommandPayload {
    package static let name = "CreditAccount"
    package var accountId: String
    package var amount: Int
    package var transferId: String
    package var debitedFrom: String

    package init(accountId: String, amount: Int, transferId: String, debitedFrom: String) {
        self.accountId = accountId
        self.amount = amount
        self.transferId = transferId
        self.debitedFrom = debitedFrom
    }

    package init(payload: Value) throws(PayloadError) {
        accountId = try payload.string("accountId")
        amount = try payload.int("amount")
        transferId = try payload.string("transferId")
        debitedFrom = try payload.string("debitedFrom")
    }

    package var payload: Value {
        [
            "accountId": .string(accountId), "amount": .int(amount), "transferId": .string(transferId),
            "debitedFrom": .string(debitedFrom),
        ]
    }
}
