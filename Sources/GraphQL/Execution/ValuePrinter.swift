// Printing coerced values in GraphQL syntax for introspection's `defaultValue` (graphql-js
// `astFromValue` + `print`); literals of a document print with the Language `Printer`.

enum ValuePrinter {
    /// A coerced value of `type` as GraphQL syntax (graphql-js `print(astFromValue(value, type))`).
    static func print(_ value: InputValue, as type: TypeReference, table: TypeTable) -> String {
        switch (type, value) {
        case (_, .null): return "null"
        case (.nonNull(let inner), _): return print(value, as: inner, table: table)
        case (.list(let itemType), .list(let items)):
            return "[" + items.map { print($0, as: itemType, table: table) }.joined(separator: ", ") + "]"
        case (.list(let itemType), _): return print(value, as: itemType, table: table)
        case (.named(let name), _):
            guard let info = table.info(named: name), info.kind == .inputObject, case .object(let fields) = value else {
                return printLeaf(value, isID: name == "ID")
            }
            let printed = info.definition.inputFields.compactMap { field -> String? in
                guard let fieldValue = fields.first(where: { $0.name == field.name })?.value else { return nil }
                return field.name + ": " + print(fieldValue, as: field.type, table: table)
            }
            return "{" + printed.joined(separator: ", ") + "}"
        }
    }

    private static func printLeaf(_ value: InputValue, isID: Bool) -> String {
        switch value {
        case .null: return "null"
        case .int(let number): return String(number)
        case .float(let number): return Inspect.number(number)
        case .boolean(let flag): return flag ? "true" : "false"
        case .enumValue(let name): return name
        case .string(let text):
            if isID && isIntegerText(text) { return text }
            return printString(text)
        case .list(let items): return "[" + items.map { printLeaf($0, isID: false) }.joined(separator: ", ") + "]"
        case .object(let fields):
            return "{" + fields.map { $0.name + ": " + printLeaf($0.value, isID: false) }.joined(separator: ", ") + "}"
        }
    }

    private static func isIntegerText(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, first.isASCII, first.isNumber else { return false }
        if first == "0" { return digits.count == 1 }
        return digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// graphql-js `printString`: a quoted string with `"`, `\` and C0/C1 controls escaped.
    static func printString(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x08: output += "\\b"
            case 0x09: output += "\\t"
            case 0x0A: output += "\\n"
            case 0x0C: output += "\\f"
            case 0x0D: output += "\\r"
            case 0x00...0x1F, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }
}
