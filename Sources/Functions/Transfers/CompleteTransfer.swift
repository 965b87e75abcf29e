package import LOW

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
