// Resolvers for every object field of the schema: lists of two, objects, leaves by type, and
// an error whenever an argument value is the string "fail" (so error paths run too).

enum FuzzResolvers {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "fail" }
    }

    static func registry(for schema: Schema) -> Resolvers<FuzzContext> {
        var resolvers = Resolvers<FuzzContext>()
        for type in schema.types where type.kind == .object && !type.name.hasPrefix("__") {
            for field in type.fields {
                let named = schema.type(named: field.type.namedType)
                let value = sample(field.type, kind: named?.kind, enumValues: named?.enumValues.map(\.name) ?? [])
                resolvers.field(type.name, field.name) { input in
                    if input.arguments.values.contains(where: { $0.value == .string("fail") }) { throw Failure() }
                    return value
                }
            }
        }
        return resolvers
    }

    private static func sample(_ type: TypeReference, kind: TypeKind?, enumValues: [String]) -> FieldValue {
        if case .list(let inner) = type.nullable {
            let item = sample(inner, kind: kind, enumValues: enumValues)
            return .list([item, item])
        }
        switch kind {
        case .object: return .object([:])
        case .enumeration: return .string(enumValues.first ?? "")
        default: break
        }
        switch type.namedType {
        case "Int": return .int(7)
        case "Float": return .float(1.5)
        case "Boolean": return .boolean(true)
        default: return .string("s")
        }
    }
}
