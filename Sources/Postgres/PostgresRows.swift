/// The rows a statement returned, copied out of libpq's result: every value in text format,
/// nil for SQL NULL.
package struct PostgresRows: RandomAccessCollection, Sendable {
    /// The column names, in the statement's order.
    package let columns: [String]
    /// The command tag, such as `SELECT 2` or `INSERT 0 1`.
    package let commandTag: String
    /// Rows inserted, updated, deleted, selected... as the command tag counts them (PQcmdTuples).
    package let affectedRowCount: Int?
    private let values: [String?]

    package init(columns: [String], values: [String?], commandTag: String, affectedRowCount: Int?) {
        precondition(columns.isEmpty ? values.isEmpty : values.count % columns.count == 0)
        self.columns = columns
        self.values = values
        self.commandTag = commandTag
        self.affectedRowCount = affectedRowCount
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { columns.isEmpty ? 0 : values.count / columns.count }

    package subscript(position: Int) -> PostgresRow {
        precondition(indices.contains(position), "row \(position) of \(count)")
        let start = position * columns.count
        return PostgresRow(columns: columns, values: values[start..<start + columns.count])
    }
}

/// One row: columns by index or by name, as text or through small typed accessors.
package struct PostgresRow: Sendable {
    package let columns: [String]
    private let values: ArraySlice<String?>

    init(columns: [String], values: ArraySlice<String?>) {
        self.columns = columns
        self.values = values
    }

    /// The value of column `index` (0-based) as text, nil for NULL.
    package subscript(index: Int) -> String? {
        precondition(columns.indices.contains(index), "column \(index) of \(columns.count)")
        return values[values.startIndex + index]
    }

    /// The value of the first column called `name` as text, nil for NULL. The statement names its
    /// columns, so asking for one it lacks is a programming error.
    package subscript(name: String) -> String? {
        guard let index = columns.firstIndex(of: name) else { preconditionFailure("no column \(name)") }
        return self[index]
    }

    /// Column `index` as an `int2`/`int4`/`int8`, nil for NULL.
    package func int64(_ index: Int) throws(PostgresError) -> Int64? {
        try Self.parse(self[index], column: columns[index]) { Int64($0) }
    }

    /// Column `name` as an `int2`/`int4`/`int8`, nil for NULL.
    package func int64(_ name: String) throws(PostgresError) -> Int64? {
        try Self.parse(self[name], column: name) { Int64($0) }
    }

    /// Column `index` as a `boolean` (`t` or `f` in text format), nil for NULL.
    package func bool(_ index: Int) throws(PostgresError) -> Bool? {
        try Self.parse(self[index], column: columns[index], Self.boolean)
    }

    /// Column `name` as a `boolean` (`t` or `f` in text format), nil for NULL.
    package func bool(_ name: String) throws(PostgresError) -> Bool? {
        try Self.parse(self[name], column: name, Self.boolean)
    }

    private static func boolean(_ text: String) -> Bool? {
        switch text {
        case "t": true
        case "f": false
        default: nil
        }
    }

    private static func parse<T>(_ text: String?, column: String, _ parse: (String) -> T?) throws(PostgresError)
        -> T?
    {
        guard let text else { return nil }
        guard let value = parse(text) else {
            throw PostgresError(.badValue, message: "column \(column): \(text.prefix(40)) is not a \(T.self)")
        }
        return value
    }
}
