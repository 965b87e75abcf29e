// Printing input values the way graphql-js `print` does, for validation messages
// (`Expected value of type "Int", found "abc".`). Only error paths call this.

extension Document {
    /// The value as graphql-js prints it: `{a: [1, "x"], b: $v}`.
    func printed(_ value: ValueNode) -> String {
        var output = ""
        printValue(value, into: &output)
        return output
    }

    private func printValue(_ value: ValueNode, into output: inout String) {
        switch value.kind {
        case .variable(let name): output += "$" + string(name)
        case .int(let range), .float(let range): output += text(range)
        case .string(let literal):
            output += literal.isBlock ? Self.printedBlockString(string(literal)) : Self.printedString(string(literal))
        case .boolean(let value): output += value ? "true" : "false"
        case .null: output += "null"
        case .enumValue(let name): output += string(name)
        case .list(let items):
            output += "["
            for item in items {
                if item.intIndex != items.startIndex { output += ", " }
                printValue(self[item], into: &output)
            }
            output += "]"
        case .object(let fields):
            output += "{"
            for ref in fields {
                if ref.intIndex != fields.startIndex { output += ", " }
                output += string(self[ref].name) + ": "
                printValue(self[self[ref].value], into: &output)
            }
            output += "}"
        }
    }

    /// graphql-js `printString`: a quoted string with `"`, `\` and control characters escaped.
    static func printedString(_ value: String) -> String {
        var output = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}"..."\u{9F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    /// graphql-js `printBlockString` (without `minimize`): a `"""` string.
    static func printedBlockString(_ value: String) -> String {
        let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
        let lines = escaped.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        let isSingleLine = lines.count == 1
        let isWhiteSpace: (Character?) -> Bool = { $0 == " " || $0 == "\t" }
        let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { $0.isEmpty || isWhiteSpace($0.first) }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
        let forceTrailingNewLine = hasTrailingQuote || value.hasSuffix("\\")
        let printAsMultipleLines =
            !isSingleLine || value.unicodeScalars.count > 70 || forceTrailingNewLine || forceLeadingNewLine
            || hasTrailingTripleQuotes
        var result = ""
        let skipLeadingNewLine = isSingleLine && isWhiteSpace(value.first)
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
        return "\"\"\"" + result + "\"\"\""
    }
}
