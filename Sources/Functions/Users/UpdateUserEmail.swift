package import LOW

/// The `UpdateUserEmail` mutation's payload.
package struct UpdateUserEmail: CommandPayload {
    package static let name = "UpdateUserEmail"
    package var id: String
    package var email: String

    package init(id: String, email: String) {
        self.id = id
        self.email = email
    }

    package init(payload: Value) throws(PayloadError) {
        id = try payload.string("id")
        email = try payload.string("email")
    }

    package var payload: Value { ["id": .string(id), "email": .string(email)] }
}
