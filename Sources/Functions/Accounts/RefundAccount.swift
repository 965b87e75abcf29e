package import LOW

/// Gives a debited amount back to the source when the credit was refused.
///
/// `failureReason` is the credit's refusal, which the transfer then fails with. It is not named
/// `reason` because the executor adds `reason` to a refused command's payload.
///
/// No mutation: only the transfer process issues it, on `process-commands`. It carries what the
/// process's next step needs, because the process manager decides from one event alone.
package struct RefundAccount: CommandPayload {
    package static let name = "RefundAccount"
    package var accountId: String
    package var amount: Int
    package var transferId: String
    package var failureReason: String

    package init(accountId: String, amount: Int, transferId: String, failureReason: String) {
        self.accountId = accountId
        self.amount = amount
        self.transferId = transferId
        self.failureReason = failureReason
    }

    package init(payload: Value) throws(PayloadError) {
        accountId = try payload.string("accountId")
        amount = try payload.int("amount")
        transferId = try payload.string("transferId")
        failureReason = try payload.string("failureReason")
    }

    package var payload: Value {
        [
            "accountId": .string(accountId), "amount": .int(amount), "transferId": .string(transferId),
            "failureReason": .string(failureReason),
        ]
    }
}
