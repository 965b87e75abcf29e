package import LOW

/// The `Account` read model: a row of the table `accounts`, shaped as the GraphQL type.
package struct Account: ReadModel {
    package static let table = "accounts"

    package var id: String
    package var owner: String
    /// In cents.
    package var balance: Int
    /// The number of events in the account's stream.
    package var version: Int

    package init(id: String, owner: String, balance: Int, version: Int) {
        self.id = id
        self.owner = owner
        self.balance = balance
        self.version = version
    }

    package init(value: Value) throws(PayloadError) {
        id = try value.string("id")
        owner = try value.string("owner")
        balance = try value.int("balance")
        version = try value.int("version")
    }

    package var value: Value {
        ["id": .string(id), "owner": .string(owner), "balance": .int(balance), "version": .int(version)]
    }
}
