// CoerceInputValue for runtime (JSON) values: graphql-js 16 `coerceInputValue`, reporting every
// problem with the path inside the value. GraphQL spec (Oct 2021) §3.5-§3.10 input coercion.

/// One problem found while coercing a runtime value: where inside it, the offending part, why.
struct InputProblem {
    var path: [GraphQLError.PathComponent]
    var value: InputValue
    var message: String
}

struct InputCoercion {
    let table: TypeTable
    var problems: [InputProblem] = []

    init(table: TypeTable) { self.table = table }

    /// The coerced value, or nil when a problem was recorded.
    mutating func coerce(_ value: InputValue, to type: TypeReference, path: inout [GraphQLError.PathComponent])
        -> InputValue?
    {
        switch type {
        case .nonNull(let inner):
            guard !value.isNull else {
                report(path, value, "Expected non-nullable type \"\(type)\" not to be null.")
                return nil
            }
            return coerce(value, to: inner, path: &path)
        case .list(let itemType):
            if value.isNull { return .null }
            guard case .list(let items) = value else {
                // GraphQL spec (Oct 2021) §3.11: a single value is a list of one.
                return coerce(value, to: itemType, path: &path).map { .list([$0]) }
            }
            var coerced: [InputValue] = []
            coerced.reserveCapacity(items.count)
            var isValid = true
            for (position, item) in items.enumerated() {
                path.append(.index(position))
                if let result = coerce(item, to: itemType, path: &path) {
                    coerced.append(result)
                } else {
                    isValid = false
                }
                path.removeLast()
            }
            return isValid ? .list(coerced) : nil
        case .named(let name):
            if value.isNull { return .null }
            guard let info = table.info(named: name) else { return nil }
            if info.kind == .inputObject { return coerceObject(value, info.definition, path: &path) }
            guard let leaf = info.leaf else { return nil }
            do throws(CoercionFailure) {
                return try Self.parseValue(value, leaf: leaf, type: info)
            } catch {
                report(path, value, error.message)
                return nil
            }
        }
    }

    private mutating func coerceObject(
        _ value: InputValue, _ type: SchemaType, path: inout [GraphQLError.PathComponent]
    ) -> InputValue? {
        guard case .object(let given) = value else {
            report(path, value, "Expected type \"\(type.name)\" to be an object.")
            return nil
        }
        var coerced: [InputValue.Field] = []
        var isValid = true
        for field in type.inputFields {
            guard let fieldValue = given.first(where: { $0.name == field.name })?.value else {
                if let defaultValue = field.defaultValue {
                    guard
                        let literal = LiteralCoercion(table: table, variables: nil).coerceConstant(
                            defaultValue, field.type)
                    else { continue }
                    coerced.append(InputValue.Field(field.name, literal))
                } else if field.type.isNonNull {
                    report(path, value, "Field \"\(field.name)\" of required type \"\(field.type)\" was not provided.")
                    isValid = false
                }
                continue
            }
            path.append(.key(field.name))
            if let result = coerce(fieldValue, to: field.type, path: &path) {
                coerced.append(InputValue.Field(field.name, result))
            } else {
                isValid = false
            }
            path.removeLast()
        }
        for entry in given where type.inputField(named: entry.name) == nil {
            let suggestions = Suggestions.list(entry.name, type.inputFields.map(\.name))
            report(
                path, value,
                "Field \"\(entry.name)\" is not defined by type \"\(type.name)\"." + Suggestions.didYouMean(suggestions)
            )
            isValid = false
        }
        if isValid && type.isOneOf { isValid = checkOneOf(coerced, given: given, type, value, path: path) }
        return isValid ? .object(coerced) : nil
    }

    /// GraphQL spec draft, OneOf input objects: exactly one field, and it is not null.
    private mutating func checkOneOf(
        _ coerced: [InputValue.Field], given: [InputValue.Field], _ type: SchemaType, _ value: InputValue,
        path: [GraphQLError.PathComponent]
    ) -> Bool {
        guard given.count == 1 else {
            report(path, value, "Exactly one key must be specified for OneOf type \"\(type.name)\".")
            return false
        }
        if let only = coerced.first, only.value.isNull {
            report(path, value, "Field \"\(only.name)\" must be non-null.")
            return false
        }
        return true
    }

    private mutating func report(_ path: [GraphQLError.PathComponent], _ value: InputValue, _ message: String) {
        problems.append(InputProblem(path: path, value: value, message: message))
    }

    /// Input coercion of a runtime value by a leaf type.
    static func parseValue(_ value: InputValue, leaf: LeafKind, type: TypeInfo) throws(CoercionFailure) -> InputValue {
        switch leaf {
        case .int: return try BuiltInScalars.parseInt(value)
        case .float: return try BuiltInScalars.parseFloat(value)
        case .string: return try BuiltInScalars.parseString(value)
        case .boolean: return try BuiltInScalars.parseBoolean(value)
        case .id: return try BuiltInScalars.parseID(value)
        case .custom(let coercion): return try coercion.parseValue(value)
        case .enumeration:
            guard case .string(let name) = value else {
                let shown = Inspect.show(value)
                throw CoercionFailure(
                    "Enum \"\(type.name)\" cannot represent non-string value: \(shown)." + enumHint(shown, type))
            }
            guard type.enumNames.contains(name) else {
                throw CoercionFailure(
                    "Value \"\(name)\" does not exist in \"\(type.name)\" enum." + enumHint(name, type))
            }
            return .enumValue(name)
        }
    }

    private static func enumHint(_ input: String, _ type: TypeInfo) -> String {
        Suggestions.didYouMean(Suggestions.list(input, type.definition.enumValues.map(\.name)), "the enum value")
    }
}
