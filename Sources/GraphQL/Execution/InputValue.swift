/// A GraphQL input value: a variable's raw JSON value, or a coerced variable or argument.
///
/// Raw JSON never holds `.enumValue` (an enum arrives as a string); coercion turns it into one.
/// An input object keeps its fields in order (the order given, or definition order once
/// coerced), so messages and printed values read like graphql-js's.
package enum InputValue: Hashable, Sendable {
    case null
    case int(Int)
    case float(Double)
    case string(String)
    case boolean(Bool)
    /// The name of an enum value.
    case enumValue(String)
    case list([InputValue])
    case object([Field])

    /// One field of an input object value.
    package struct Field: Hashable, Sendable {
        /// The field's name.
        package var name: String
        /// The field's value.
        package var value: InputValue

        /// Makes a field.
        package init(_ name: String, _ value: InputValue) {
            self.name = name
            self.value = value
        }
    }

    /// The field called `name` of an object value (nil when absent or not an object).
    package subscript(name: String) -> InputValue? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.name == name }?.value
    }

    /// Whether it is `.null`.
    package var isNull: Bool {
        if case .null = self { true } else { false }
    }
}
