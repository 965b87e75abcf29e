import GraphQL

/// JSON text in one canonical form, so the engine's and the reference's data compare as strings:
/// object keys in their given order, no spaces, strings escaped as Python's
/// `json.dumps(ensure_ascii=False)` escapes them.
enum CanonicalJSON {
    /// The canonical text of JSON `bytes` (the text itself, marked, when it does not parse).
    static func text(of bytes: [UInt8]) -> String {
        guard let value = try? JSONInput.parse(bytes) else {
            return "unparsable JSON: " + String(decoding: bytes, as: UTF8.self)
        }
        var output = ""
        write(value, into: &output)
        return output
    }

    /// The canonical text of JSON `text`.
    static func text(of text: String) -> String { self.text(of: Array(text.utf8)) }

    private static func write(_ value: InputValue, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .boolean(let flag): output += flag ? "true" : "false"
        case .int(let number): output += String(number)
        case .float(let number): output += String(number)
        case .string(let string), .enumValue(let string): writeString(string, into: &output)
        case .list(let items):
            output += "["
            for (position, item) in items.enumerated() {
                if position > 0 { output += "," }
                write(item, into: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for (position, field) in fields.enumerated() {
                if position > 0 { output += "," }
                writeString(field.name, into: &output)
                output += ":"
                write(field.value, into: &output)
            }
            output += "}"
        }
    }

    private static func writeString(_ string: String, into output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
