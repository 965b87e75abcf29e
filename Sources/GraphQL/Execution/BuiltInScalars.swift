// Input and result coercion of the built-in scalars, with graphql-js 16's messages.
// GraphQL spec (Oct 2021) §3.5.1-§3.5.5.

enum BuiltInScalars {
    static let minInt = Int(Int32.min)
    static let maxInt = Int(Int32.max)

    // MARK: Input coercion (variable values)

    static func parseInt(_ value: InputValue) throws(CoercionFailure) -> InputValue {
        let number: Int
        switch value {
        case .int(let integer): number = integer
        case .float(let double) where double.isFinite && double == double.rounded() && abs(double) < 1e18:
            number = Int(double)
        case .float(let double) where double.isFinite && double == double.rounded():
            throw CoercionFailure("Int cannot represent non 32-bit signed integer value: \(Inspect.show(value))")
        default: throw CoercionFailure("Int cannot represent non-integer value: \(Inspect.show(value))")
        }
        guard number >= minInt && number <= maxInt else {
            throw CoercionFailure("Int cannot represent non 32-bit signed integer value: \(Inspect.show(value))")
        }
        return .int(number)
    }

    static func parseFloat(_ value: InputValue) throws(CoercionFailure) -> InputValue {
        switch value {
        case .int(let integer): return .float(Double(integer))
        case .float(let double) where double.isFinite: return value
        default: throw CoercionFailure("Float cannot represent non numeric value: \(Inspect.show(value))")
        }
    }

    static func parseString(_ value: InputValue) throws(CoercionFailure) -> InputValue {
        guard case .string = value else {
            throw CoercionFailure("String cannot represent a non string value: \(Inspect.show(value))")
        }
        return value
    }

    static func parseBoolean(_ value: InputValue) throws(CoercionFailure) -> InputValue {
        guard case .boolean = value else {
            throw CoercionFailure("Boolean cannot represent a non boolean value: \(Inspect.show(value))")
        }
        return value
    }

    static func parseID(_ value: InputValue) throws(CoercionFailure) -> InputValue {
        switch value {
        case .string: return value
        case .int(let integer): return .string(String(integer))
        case .float(let double) where double.isFinite && double == double.rounded() && abs(double) < 9e18:
            return .string(String(Int(double)))
        default: throw CoercionFailure("ID cannot represent value: \(Inspect.show(value))")
        }
    }

    // MARK: Result coercion

    static func serializeInt(_ value: FieldValue) throws(CoercionFailure) -> FieldValue {
        let number: Double
        switch value {
        case .int(let integer):
            guard integer >= minInt && integer <= maxInt else { throw intRange(value) }
            return value
        case .boolean(let flag): return .int(flag ? 1 : 0)
        case .float(let double): number = double
        case .string(let text) where !text.isEmpty:
            if let integer = Int(text) {
                guard integer >= minInt && integer <= maxInt else { throw intRange(value) }
                return .int(integer)
            }
            guard let double = Double(text) else { throw nonInteger(value) }
            number = double
        default: throw nonInteger(value)
        }
        guard number.isFinite, number == number.rounded() else { throw nonInteger(value) }
        guard number >= Double(minInt) && number <= Double(maxInt) else { throw intRange(value) }
        return .int(Int(number))
    }

    private static func nonInteger(_ value: FieldValue) -> CoercionFailure {
        CoercionFailure("Int cannot represent non-integer value: \(Inspect.show(value))")
    }

    private static func intRange(_ value: FieldValue) -> CoercionFailure {
        CoercionFailure("Int cannot represent non 32-bit signed integer value: \(Inspect.show(value))")
    }

    static func serializeFloat(_ value: FieldValue) throws(CoercionFailure) -> FieldValue {
        switch value {
        case .int(let integer): return .float(Double(integer))
        case .float(let double) where double.isFinite: return value
        case .boolean(let flag): return .float(flag ? 1 : 0)
        case .string(let text) where !text.isEmpty:
            if let double = Double(text), double.isFinite { return .float(double) }
        default: break
        }
        throw CoercionFailure("Float cannot represent non numeric value: \(Inspect.show(value))")
    }

    static func serializeString(_ value: FieldValue) throws(CoercionFailure) -> FieldValue {
        switch value {
        case .string: return value
        case .boolean(let flag): return .string(flag ? "true" : "false")
        case .int(let integer): return .string(String(integer))
        case .float(let double) where double.isFinite: return .string(Inspect.number(double))
        default: throw CoercionFailure("String cannot represent value: \(Inspect.show(value))")
        }
    }

    static func serializeBoolean(_ value: FieldValue) throws(CoercionFailure) -> FieldValue {
        switch value {
        case .boolean: return value
        case .int(let integer): return .boolean(integer != 0)
        case .float(let double) where double.isFinite: return .boolean(double != 0)
        default: throw CoercionFailure("Boolean cannot represent a non boolean value: \(Inspect.show(value))")
        }
    }

    static func serializeID(_ value: FieldValue) throws(CoercionFailure) -> FieldValue {
        switch value {
        case .string: return value
        case .int(let integer): return .string(String(integer))
        case .float(let double) where double.isFinite && double == double.rounded() && abs(double) < 9e18:
            return .string(String(Int(double)))
        default: throw CoercionFailure("ID cannot represent value: \(Inspect.show(value))")
        }
    }
}
