package import LOW

/// The `InviteCustomer` mutation's payload; field names match the GraphQL arguments.
package struct InviteCustomer: CommandPayload {
    package static let name = "InviteCustomer"
    package var email: String

    package init(email: String) { self.email = email }

    package init(payload: Value) throws(PayloadError) {
        email = try payload.string("email")
    }

    package var payload: Value { ["email": .string(email)] }
}
