import GraphQL

/// The fixed resolvers of the differential test, the same rules as `tools/reference.py`'s
/// `resolve` (see tools/README.md): every value is computed from the field's path key, a string
/// made of the parent's key, the field's name and its arguments.
enum FixedResolvers {
    /// A field's resolver failed on purpose (the key holds `fail`).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The context resolvers receive (nothing: the values are computed).
    struct Context: Sendable {}

    /// A resolver for every field of every object type of `schema` (introspection types aside).
    static func registry(for schema: Schema) -> Resolvers<Context> {
        var resolvers = Resolvers<Context>()
        resolvers.scalars = DifferentialScalars.all
        for type in schema.types where type.kind == .object && !type.name.hasPrefix("__") {
            for field in type.fields {
                let enumValues = schema.type(named: field.type.namedType)?.enumValues.map(\.name) ?? []
                let isObject = schema.type(named: field.type.namedType)?.kind == .object
                resolvers.field(type.name, field.name) { input in
                    try resolve(input, type: field.type, enumValues: enumValues, isObject: isObject)
                }
            }
        }
        return resolvers
    }

    private static func resolve(
        _ input: ResolveInput<Context>, type: TypeReference, enumValues: [String], isObject: Bool
    ) throws -> FieldValue {
        let key = key(of: input)
        let base = type.namedType
        if key.contains("fail") && (base == "Int" || (base == "String" && !type.isNonNull)) {
            throw Failure(description: "fail: \(input.parentTypeName).\(input.fieldName)")
        }
        if !type.isNonNull && input.arguments.values.contains(where: { $0.value == .string("missing") }) {
            return .null
        }
        if case .list = type.nullable {
            var count = 2
            if case .int(let first)? = input.arguments["first"] { count = max(0, min(first, 2)) }
            return .list((0..<count).map { object("\(key)#\($0)") })
        }
        if isObject { return object(key) }
        if !enumValues.isEmpty { return .string(enumValues[key.unicodeScalars.count % enumValues.count]) }
        return leaf(base, key: key, fieldName: input.fieldName)
    }

    private static func leaf(_ base: String, key: String, fieldName: String) -> FieldValue {
        // Python's len() counts code points: so does `unicodeScalars.count`.
        let length = key.unicodeScalars.count
        switch base {
        case "ID": return .string("id:" + key)
        case "String": return .string(fieldName + ":" + key)
        case "Int": return .int(length * 7 % 1000)
        case "Float": return .float(Double(length) / 4)
        case "Boolean": return .boolean(length % 2 == 0)
        case "DateTime":
            let minute = length % 60
            return .string("2026-11-25T10:\(minute < 10 ? "0" : "")\(minute):00Z")
        default: return .string(key)
        }
    }

    /// An object is its key; its fields read it back.
    private static func object(_ key: String) -> FieldValue { .object(["__key": .string(key)]) }

    private static func key(of input: ResolveInput<Context>) -> String {
        var parent = "root"
        if case .object(let fields) = input.parent, case .string(let key)? = fields["__key"] { parent = key }
        var key = parent + "." + input.fieldName
        let arguments = input.arguments.values.sorted { $0.name < $1.name }
        if !arguments.isEmpty {
            key += "(" + arguments.map { $0.name + "=" + text($0.value) }.joined(separator: ",") + ")"
        }
        return key
    }

    /// reference.py's `fmt`.
    private static func text(_ value: InputValue) -> String {
        switch value {
        case .null: "null"
        case .boolean(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .float(let number): String(number)
        case .string(let string), .enumValue(let string): string
        case .list(let items): "[" + items.map(text).joined(separator: ",") + "]"
        case .object(let fields):
            "{" + fields.sorted { $0.name < $1.name }.map { $0.name + "=" + text($0.value) }.joined(separator: ",")
                + "}"
        }
    }
}
