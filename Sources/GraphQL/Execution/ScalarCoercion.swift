/// Why a value does not coerce to a leaf type: the message graphql-js would give.
package struct CoercionFailure: Error, Hashable, Sendable {
    /// The message, e.g. `Int cannot represent non-integer value: "abc"`.
    package var message: String

    /// Makes a failure.
    package init(_ message: String) { self.message = message }
}

/// How a custom scalar coerces its values: the hook a server registers per scalar (DateTime).
///
/// GraphQL spec (Oct 2021) §3.5: a scalar defines input coercion (from a variable's JSON value,
/// and from a literal in the document) and result coercion. Without a registered hook a custom
/// scalar passes values through unchanged, as graphql-js's default scalar does.
package struct ScalarCoercion: Sendable {
    /// Input coercion of a variable's value (JSON decoded).
    package var parseValue: @Sendable (InputValue) throws(CoercionFailure) -> InputValue
    /// Input coercion of a literal, given as the untyped value it denotes (variables replaced).
    package var parseLiteral: @Sendable (InputValue) throws(CoercionFailure) -> InputValue
    /// Result coercion of what a resolver returned.
    package var serialize: @Sendable (FieldValue) throws(CoercionFailure) -> FieldValue

    /// Makes a coercion; `parseLiteral` defaults to `parseValue`.
    package init(
        parseValue: @escaping @Sendable (InputValue) throws(CoercionFailure) -> InputValue,
        parseLiteral: (@Sendable (InputValue) throws(CoercionFailure) -> InputValue)? = nil,
        serialize: @escaping @Sendable (FieldValue) throws(CoercionFailure) -> FieldValue
    ) {
        self.parseValue = parseValue
        self.parseLiteral = parseLiteral ?? parseValue
        self.serialize = serialize
    }

    /// Accepts and returns every value unchanged.
    package static let passthrough = ScalarCoercion(parseValue: { $0 }, serialize: { $0 })

    /// A string scalar whose values must satisfy `isValid` both ways, e.g. RFC 3339 timestamps:
    /// `ScalarCoercion.string(named: "DateTime", isValid: DateTimeFormat.isValid)`.
    package static func string(named name: String, isValid: @escaping @Sendable (String) -> Bool) -> ScalarCoercion {
        ScalarCoercion(
            parseValue: { value throws(CoercionFailure) in
                guard case .string(let text) = value else {
                    throw CoercionFailure("\(name) cannot represent a non string value: \(Inspect.show(value))")
                }
                guard isValid(text) else {
                    throw CoercionFailure("\(name) cannot represent an invalid value: \(Inspect.show(value))")
                }
                return value
            },
            serialize: { value throws(CoercionFailure) in
                guard case .string(let text) = value, isValid(text) else {
                    throw CoercionFailure("\(name) cannot represent value: \(Inspect.show(value))")
                }
                return value
            })
    }
}
