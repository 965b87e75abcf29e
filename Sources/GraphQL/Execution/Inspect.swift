// How graphql-js 16 `inspect()` shows a value inside an error message: strings as JSON, numbers
// as JavaScript prints them, arrays `[1, 2]`, objects `{ a: 1 }`, at most 10 items per array and
// containers below depth 2 elided (`[Array]`, `[Object]`).

enum Inspect {
    private static let maxArrayLength = 10
    private static let maxDepth = 2

    /// graphql-js `inspect(value)`.
    static func show(_ value: InputValue) -> String {
        var output = ""
        write(value, depth: 0, into: &output)
        return output
    }

    /// graphql-js `inspect(value)` for a resolved value.
    static func show(_ value: FieldValue) -> String {
        switch value {
        case .null: "null"
        case .int(let number): String(number)
        case .float(let value): Self.number(value)
        case .string(let text): quoted(text)
        case .boolean(let flag): flag ? "true" : "false"
        case .list(let items): show(.list(items.map(untyped)))
        case .object: show(untyped(value))
        case .opaque: "{}"
        }
    }

    private static func untyped(_ value: FieldValue) -> InputValue {
        switch value {
        case .null, .opaque: .null
        case .int(let number): .int(number)
        case .float(let number): .float(number)
        case .string(let text): .string(text)
        case .boolean(let flag): .boolean(flag)
        case .list(let items): .list(items.map(untyped))
        case .object(let fields):
            .object(fields.sorted { $0.key < $1.key }.map { InputValue.Field($0.key, untyped($0.value)) })
        }
    }

    private static func write(_ value: InputValue, depth: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .int(let number): output += String(number)
        case .float(let number): output += Self.number(number)
        case .string(let text): output += quoted(text)
        case .enumValue(let name): output += quoted(name)
        case .boolean(let flag): output += flag ? "true" : "false"
        case .list(let items): writeList(items, depth: depth + 1, into: &output)
        case .object(let fields): writeObject(fields, depth: depth + 1, into: &output)
        }
    }

    private static func writeList(_ items: [InputValue], depth: Int, into output: inout String) {
        if items.isEmpty {
            output += "[]"
            return
        }
        if depth > maxDepth {
            output += "[Array]"
            return
        }
        output += "["
        for (position, item) in items.prefix(maxArrayLength).enumerated() {
            if position > 0 { output += ", " }
            write(item, depth: depth, into: &output)
        }
        let remaining = items.count - maxArrayLength
        if remaining == 1 { output += ", ... 1 more item" }
        if remaining > 1 { output += ", ... \(remaining) more items" }
        output += "]"
    }

    private static func writeObject(_ fields: [InputValue.Field], depth: Int, into output: inout String) {
        if fields.isEmpty {
            output += "{}"
            return
        }
        if depth > maxDepth {
            output += "[Object]"
            return
        }
        output += "{ "
        for (position, field) in fields.enumerated() {
            if position > 0 { output += ", " }
            output += field.name + ": "
            write(field.value, depth: depth, into: &output)
        }
        output += " }"
    }

    /// A number as JavaScript's `String(number)` prints it (integral values without `.0`).
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e21 {
            if abs(value) < 9.2e18 { return String(Int(value)) }
        }
        return value.description
    }

    /// A string as `JSON.stringify` writes it.
    static func quoted(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONWriter.writeString(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
