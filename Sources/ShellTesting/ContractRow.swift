package import LOW

/// A read-model row for the contract checks: an id, a name, and an email it is indexed by.
package struct ContractRow: ReadModel, Hashable {
    package static let table = "contract-rows"
    package var id: String
    package var name: String
    package var email: String?

    package init(id: String, name: String, email: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
    }

    package var value: Value { ["id": .string(id), "name": .string(name), "email": Value(email)] }

    package init(value: Value) throws(PayloadError) {
        self.init(id: try value.string("id"), name: try value.string("name"), email: value["email"]?.stringValue)
    }

    package var indexKeys: [String: String] { email.map { ["email": $0] } ?? [:] }
}

/// A second table whose ids overlap `ContractRow`'s, to check tables stay apart.
package struct OtherContractRow: ReadModel {
    package static let table = "other-contract-rows"
    package var id: String
    package init(id: String) { self.id = id }
    package var value: Value { ["id": .string(id)] }
    package init(value: Value) throws(PayloadError) {
        id = try value.string("id")
    }
}
