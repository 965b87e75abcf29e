package import LOW

/// The `RegisterUser` mutation's payload; `age` is absent when the client gave none.
package struct RegisterUser: CommandPayload {
    package static let name = "RegisterUser"
    package var name: String
    package var age: Int?

    package init(name: String, age: Int? = nil) {
        self.name = name
        self.age = age
    }

    package init(payload: Value) throws(PayloadError) {
        name = try payload.string("name")
        age = try payload.optionalInt("age")
    }

    package var payload: Value { .object(dropping: ["name": .string(name), "age": age.map(Value.int)]) }
}

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

/// The `RecordPageview` mutation's payload: one view of `url`, rendered in `renderTime` ms.
package struct RecordPageview: CommandPayload {
    package static let name = "RecordPageview"
    package var id: String
    package var url: String
    package var renderTime: Int

    package init(id: String, url: String, renderTime: Int) {
        self.id = id
        self.url = url
        self.renderTime = renderTime
    }

    package init(payload: Value) throws(PayloadError) {
        id = try payload.string("id")
        url = try payload.string("url")
        renderTime = try payload.int("renderTime")
    }

    package var payload: Value { ["id": .string(id), "url": .string(url), "renderTime": .int(renderTime)] }
}
