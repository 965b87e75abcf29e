import Glibc
import LOW

/// One measurement of the `graphql` group: the bench's common fields, then the details in the
/// order peer-parse-bench prints them.
struct GraphQLBenchResult {
    var name: String
    var value: Double
    var unit: String
    var details = Fields()

    /// `{"name":...,"value":...,"unit":...,...details}`.
    var line: String {
        var fields: Fields = ["name": .string(name), "value": .double(Self.rounded(value)), "unit": .string(unit)]
        for entry in details { fields[entry.key] = entry.value }
        return JSONWriter.string(.object(fields))
    }

    /// A figure to `digits` decimals, as peer-parse-bench prints it (`%.3f`).
    static func rounded(_ value: Double, digits: Int = 3) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// Writes the line to standard output at once (unbuffered, so a pipe sees every line).
    static func printLine(_ result: GraphQLBenchResult) {
        writeAll(result.line + "\n", to: STDOUT_FILENO)
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
