package import LOW

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
