/// What a resolver returns, and the parent value the fields below it receive.
///
/// Leaves are `.int`, `.float`, `.string` (also an enum value's name) and `.boolean`; output
/// coercion checks them against the field's type. `.object` is a map the default resolver
/// reads a field from by name; a `"__typename"` entry names its object type when the field's
/// type is an interface or union. `.opaque` carries any domain value for the type's own
/// resolvers (and the registry's type resolver).
package enum FieldValue: Sendable {
    case null
    case int(Int)
    case float(Double)
    case string(String)
    case boolean(Bool)
    case list([FieldValue])
    case object([String: FieldValue])
    case opaque(any Sendable)

    /// Whether it is `.null`.
    package var isNull: Bool {
        if case .null = self { true } else { false }
    }

    /// The `"__typename"` string of an `.object`, if present.
    package var typename: String? {
        guard case .object(let fields) = self, case .string(let name)? = fields["__typename"] else { return nil }
        return name
    }
}

extension FieldValue {
    /// The value of an input value, for resolvers that echo their arguments.
    package init(_ input: InputValue) {
        switch input {
        case .null: self = .null
        case .int(let value): self = .int(value)
        case .float(let value): self = .float(value)
        case .string(let value), .enumValue(let value): self = .string(value)
        case .boolean(let value): self = .boolean(value)
        case .list(let items): self = .list(items.map(FieldValue.init))
        case .object(let fields):
            self = .object(Dictionary(fields.map { ($0.name, FieldValue($0.value)) }, uniquingKeysWith: { $1 }))
        }
    }
}
