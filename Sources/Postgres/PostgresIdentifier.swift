/// Names the program writes into SQL text itself (a schema's), since identifiers cannot be
/// statement parameters: only plain ones are allowed, so no name can change a statement.
package enum PostgresIdentifier {
    /// Whether `name` is 1 to 63 bytes of lower-case letters, digits and _, not starting with a
    /// digit: an identifier PostgreSQL takes as is, with nothing to quote.
    package static func isPlain(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 63,
            !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first)
        else { return false }
        return name.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "_")
        }
    }
}
