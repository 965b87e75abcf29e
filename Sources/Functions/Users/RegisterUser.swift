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
