package import LOW

/// The `Customer` read model: a row of the table `customers`, shaped as the GraphQL type.
package struct Customer: ReadModel {
    package static let table = "customers"
    /// The index `customerByEmail` finds a row by; its keys are `Customer.emailKey(_:)`.
    package static let emailIndex = "email"

    package var id: String
    package var email: String
    package var invited: Bool
    /// RFC 3339 text (`Timestamp.description`).
    package var invitedAt: String?

    package init(id: String, email: String, invited: Bool, invitedAt: String?) {
        self.id = id
        self.email = email
        self.invited = invited
        self.invitedAt = invitedAt
    }

    package init(value: Value) throws(PayloadError) {
        id = try value.string("id")
        email = try value.string("email")
        guard let invited = value["invited"]?.boolValue else {
            throw PayloadError(field: "invited", expected: "a boolean")
        }
        self.invited = invited
        invitedAt = try value.optionalString("invitedAt")
    }

    package var value: Value {
        ["id": .string(id), "email": .string(email), "invited": .bool(invited), "invitedAt": Value(invitedAt)]
    }

    /// The key an address is indexed under: lookups by email ignore case, as invitations do.
    package static func emailKey(_ email: String) -> String { EmailAddress.normalized(email) }

    package var indexKeys: [String: String] { [Self.emailIndex: Self.emailKey(email)] }
}
