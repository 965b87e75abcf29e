import Glibc

/// One JSON line of bench output, fields in the order they are added.
struct GraphQLBenchLine {
    private var fields: [String] = []

    init() {}

    mutating func add(_ key: String, _ value: String) { fields.append(Self.quoted(key) + ":" + Self.quoted(value)) }
    mutating func add(_ key: String, _ value: Int) { fields.append(Self.quoted(key) + ":" + String(value)) }
    mutating func add(_ key: String, _ value: Bool) {
        fields.append(Self.quoted(key) + ":" + (value ? "true" : "false"))
    }
    /// A number with `digits` decimals, as peer-parse-bench prints it (`%.3f`).
    mutating func add(_ key: String, _ value: Double, digits: Int = 3) {
        fields.append(Self.quoted(key) + ":" + Self.fixed(value, digits: digits))
    }

    /// Writes the line to standard output at once (unbuffered, so a pipe sees every line).
    func emit() {
        writeAll("{" + fields.joined(separator: ",") + "}\n", to: STDOUT_FILENO)
    }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func fixed(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    writeAll(message + "\n", to: STDERR_FILENO)
}

private func writeAll(_ text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        if written <= 0 { return }
        bytes = bytes.dropFirst(written)
    }
}
