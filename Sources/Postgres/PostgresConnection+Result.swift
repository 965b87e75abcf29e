import CLibPQ

// libpq results into rows or errors; called on the connection's thread only.
extension PostgresConnection {
    /// Copies `result` (a `PGresult *`, cleared here) into rows, or throws the failure it reports.
    static func rows(from result: OpaquePointer?, on connection: OpaquePointer) throws(PostgresError) -> PostgresRows {
        guard let result else { throw failure(nil, on: connection) }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_TUPLES_OK, PGRES_COMMAND_OK, PGRES_EMPTY_QUERY: break
        default: throw failure(result, on: connection)
        }
        let columnCount = PQnfields(result)
        let rowCount = PQntuples(result)
        let columns = (0..<columnCount).map { String(cString: PQfname(result, $0)) }
        var values: [String?] = []
        values.reserveCapacity(Int(rowCount) * Int(columnCount))
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                if PQgetisnull(result, row, column) == 1 {
                    values.append(nil)
                } else {
                    let bytes = UnsafeRawBufferPointer(
                        start: PQgetvalue(result, row, column), count: Int(PQgetlength(result, row, column)))
                    values.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        return PostgresRows(
            columns: columns, values: values, commandTag: String(cString: PQcmdStatus(result)),
            affectedRowCount: Int(String(cString: PQcmdTuples(result))))
    }

    /// The error `result` (or, without one, the connection) reports. A failure that left the
    /// connection broken is `.connectionLost`, whatever the statement was.
    static func failure(_ result: OpaquePointer?, on connection: OpaquePointer) -> PostgresError {
        let sqlState = result.flatMap { field($0, diagnosticSQLState) }
        let message = result.flatMap { field($0, diagnosticPrimaryMessage) } ?? errorMessage(connection)
        let isLost = PQstatus(connection) == CONNECTION_BAD
        return PostgresError(isLost ? .connectionLost : .statementFailed, sqlState: sqlState, message: message)
    }

    static func errorMessage(_ connection: OpaquePointer) -> String {
        guard let message = PQerrorMessage(connection) else { return "unknown libpq error" }
        let text = String(cString: message)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    // postgres_ext.h defines these as character literals, which Swift does not import.
    private static let diagnosticSQLState = Int32(UInt8(ascii: "C"))  // PG_DIAG_SQLSTATE
    private static let diagnosticPrimaryMessage = Int32(UInt8(ascii: "M"))  // PG_DIAG_MESSAGE_PRIMARY

    private static func field(_ result: OpaquePointer, _ code: Int32) -> String? {
        PQresultErrorField(result, code).map { String(cString: $0) }
    }
}
