package import LOW

/// The `DisableUser` mutation's payload.
package struct DisableUser: CommandPayload {
    package static let name = "DisableUser"
    package var id: String

    package init(id: String) { self.id = id }

    package init(payload: Value) throws(PayloadError) {
        id = try payload.string("id")
    }

    package var payload: Value { ["id": .string(id)] }
}
