package import LOW

extension PostgresRow {
    /// Column `index` as an id in canonical text.
    /// - Throws: `PostgresError.badValue` for NULL or text that is not an id.
    package func id(_ index: Int) throws(PostgresError) -> ID {
        guard let text = self[index], let id = ID(text) else {
            throw PostgresError(.badValue, message: "not an id: \(self[index] ?? "NULL")")
        }
        return id
    }

    /// Column `index` (a `json` column) as a value.
    /// - Throws: `PostgresError.badValue` for NULL, `JSONReader.Failure` for text that is not JSON.
    package func json(_ index: Int) throws -> Value {
        guard let text = self[index] else { throw PostgresError(.badValue, message: "a NULL where JSON was stored") }
        return try JSONReader.parse(text)
    }
}

/// Values as the text parameters of statements.
package enum PostgresText {
    /// The JSON text of `value`, for a `json` column (not `jsonb`, which would reorder its keys).
    package static func json(_ value: Value) -> String { String(decoding: JSONWriter.encode(value), as: UTF8.self) }

    /// A PostgreSQL array literal of `values`, each quoted, for a `text[]` (or `json[]`)
    /// parameter. Built byte by byte: a projection's batch passes thousands of rows through here.
    package static func array(_ values: [String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(values.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }
}
