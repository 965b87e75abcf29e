package import LOW

/// The `User` read model: a row of the table `users`, shaped as the GraphQL type.
package struct User: ReadModel {
    package static let table = "users"
    package static let active = "ACTIVE"
    package static let disabled = "DISABLED"

    package var id: String
    package var name: String
    package var age: Int?
    package var email: String?
    /// `ACTIVE` or `DISABLED` (the GraphQL enum `UserStatus`).
    package var status: String
    package var viewcount: Int

    package init(id: String, name: String, age: Int?, email: String?, status: String, viewcount: Int) {
        self.id = id
        self.name = name
        self.age = age
        self.email = email
        self.status = status
        self.viewcount = viewcount
    }

    package init(value: Value) throws(PayloadError) {
        id = try value.string("id")
        name = try value.string("name")
        age = try value.optionalInt("age")
        email = try value.optionalString("email")
        status = try value.oneOf("status", [Self.active, Self.disabled])
        viewcount = try value.int("viewcount")
    }

    package var value: Value {
        [
            "id": .string(id), "name": .string(name), "age": Value(age), "email": Value(email),
            "status": .string(status), "viewcount": .int(viewcount),
        ]
    }
}
