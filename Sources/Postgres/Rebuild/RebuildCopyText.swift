import LOW

/// Folded rows as the text format of `COPY ... FROM STDIN`: one line per row, columns apart by
/// tabs, with backslash, tab, newline and carriage return escaped (PostgreSQL's COPY, "Text
/// Format"). Pure, so the format is tested without a server.
enum RebuildCopyText {
    /// Bytes per chunk handed to the connection: large enough that a send costs little, small
    /// enough that the server parses one chunk while the next is encoded.
    static let chunkSize = 1 << 20

    /// The lines of `cqrs_rows (table_name, id, data)` for `rows`, in their order (the `created`
    /// column's default numbers them in it), in chunks of about `chunkSize` bytes.
    static func rows(_ rows: ArraySlice<FoldedRow>, of table: String, _ chunk: ([UInt8]) async throws -> Void)
        async throws
    {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        var json: [UInt8] = []
        for row in rows {
            append(table, to: &out)
            out.append(tab)
            append(row.id, to: &out)
            out.append(tab)
            json.removeAll(keepingCapacity: true)
            JSONWriter.write(row.value, into: &json)
            append(json, to: &out)
            out.append(newline)
            if out.count >= chunkSize {
                try await chunk(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { try await chunk(out) }
    }

    /// The lines of `cqrs_row_keys (table_name, index_name, key, id)` for `keys`, in chunks.
    static func keys(_ keys: [RebuildKey], of table: String, _ chunk: ([UInt8]) async throws -> Void) async throws {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        for key in keys {
            append(table, to: &out)
            out.append(tab)
            append(key.index, to: &out)
            out.append(tab)
            append(key.key, to: &out)
            out.append(tab)
            append(key.id, to: &out)
            out.append(newline)
            if out.count >= chunkSize {
                try await chunk(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        if !out.isEmpty { try await chunk(out) }
    }

    /// `text` as one escaped column value.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }

    static func append<Bytes: Collection<UInt8>>(_ bytes: Bytes, to out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case backslash: out.append(contentsOf: [backslash, backslash])
            case tab: out.append(contentsOf: [backslash, UInt8(ascii: "t")])
            case newline: out.append(contentsOf: [backslash, UInt8(ascii: "n")])
            case carriageReturn: out.append(contentsOf: [backslash, UInt8(ascii: "r")])
            default: out.append(byte)
            }
        }
    }

    private static let backslash = UInt8(ascii: "\\")
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
}

/// One index key of a rebuilt table and the row that holds it.
struct RebuildKey: Sendable, Equatable {
    var index: String
    var key: String
    var id: String

    /// The keys of `rows`, one per (index, key), in order of first appearance: the later row
    /// holds a key two rows name, as saving them in turn would leave it.
    static func keys(of rows: ArraySlice<FoldedRow>) -> [RebuildKey] {
        var keys: [RebuildKey] = []
        keys.reserveCapacity(rows.count)
        // One hash per key, in a table sized once: this runs for every row of the read model.
        var positions: [Name: Int] = [:]
        positions.reserveCapacity(rows.count)
        for row in rows {
            for (index, key) in row.indexKeys {
                if let at = positions[Name(index: index, key: key)] {
                    keys[at].id = row.id
                } else {
                    positions[Name(index: index, key: key)] = keys.count
                    keys.append(RebuildKey(index: index, key: key, id: row.id))
                }
            }
        }
        return keys
    }

    private struct Name: Hashable {
        var index: String
        var key: String
    }
}
