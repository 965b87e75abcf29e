package import LOW

// The transfer process's commands on accounts. They have no mutation: only the process manager
// issues them, on the `process-commands` channel. Each carries what the process's next step needs,
// because the process manager decides from one event alone.

/// Takes a transfer's amount out of its source account; the credit then goes to `creditTo`.
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

/// Puts a transfer's amount into its target account; a refusal refunds `debitedFrom`.
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

/// Gives a debited amount back to the source when the credit was refused.
///
/// `failureReason` is the credit's refusal, which the transfer then fails with. It is not named
/// `reason` because the executor adds `reason` to a refused command's payload.
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
