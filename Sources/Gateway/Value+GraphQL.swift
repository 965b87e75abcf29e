import GraphQL
import LOW

extension Value {
    /// A coerced GraphQL input value as a payload value, object keys sorted so the same
    /// arguments make the same payload bytes whatever their order in the document (an
    /// idempotency key is bound to its payload). Enum values become their names.
    init(canonical input: InputValue) {
        switch input {
        case .null: self = .null
        case .int(let value): self = .int(value)
        case .float(let value): self = .double(value)
        case .string(let value), .enumValue(let value): self = .string(value)
        case .boolean(let value): self = .bool(value)
        case .list(let items): self = .list(items.map(Value.init(canonical:)))
        case .object(let fields): self = Value(canonicalFields: fields)
        }
    }

    /// An object of `fields`, keys sorted (arguments and input objects alike).
    init(canonicalFields fields: [InputValue.Field]) {
        let sorted = fields.sorted { $0.name < $1.name }
        self = .object(Fields(entries: sorted.map { Fields.Entry(key: $0.name, value: Value(canonical: $0.value)) }))
    }

    /// The value as a resolver answers it: objects become maps the default resolver reads by name.
    var fieldValue: FieldValue {
        switch self {
        case .null: .null
        case .bool(let value): .boolean(value)
        case .int(let value): .int(value)
        case .double(let value): .float(value)
        case .string(let value): .string(value)
        case .list(let items): .list(items.map(\.fieldValue))
        case .object(let fields):
            .object(Dictionary(fields.map { ($0.key, $0.value.fieldValue) }, uniquingKeysWith: { $1 }))
        }
    }
}
