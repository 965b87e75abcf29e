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
    /// Validation calls it too, with no variable values (ValuesOfCorrectType), so that a literal
    /// it refuses fails validation with its message instead of failing at execution.
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
    ///
    /// - Parameter literalMessage: what a refused literal is told, once for every way it can be
    ///   wrong. Validation reports it after `Expected value of type "DateTime", found 1; `, which
    ///   already shows the value, so it says what the value should have been. Without it a
    ///   literal gets the variables' messages.
    package static func string(
        named name: String, literalMessage: String? = nil, isValid: @escaping @Sendable (String) -> Bool
    ) -> ScalarCoercion {
        var parseLiteral: (@Sendable (InputValue) throws(CoercionFailure) -> InputValue)? = nil
        if let literalMessage {
            parseLiteral = { value throws(CoercionFailure) in
                guard case .string(let text) = value, isValid(text) else { throw CoercionFailure(literalMessage) }
                return value
            }
        }
        return ScalarCoercion(
            parseValue: { value throws(CoercionFailure) in
                guard case .string(let text) = value else {
                    throw CoercionFailure("\(name) cannot represent a non string value: \(Inspect.show(value))")
                }
                guard isValid(text) else {
                    throw CoercionFailure("\(name) cannot represent an invalid value: \(Inspect.show(value))")
                }
                return value
            },
            parseLiteral: parseLiteral,
            serialize: { value throws(CoercionFailure) in
                guard case .string(let text) = value, isValid(text) else {
                    throw CoercionFailure("\(name) cannot represent value: \(Inspect.show(value))")
                }
                return value
            })
    }
}
