import CLibPQ
import LOW

/// Reads the whole log for a rebuild: the events after a position, in position order, as
/// `PostgresEventStore.read(after:limit:filter: .all)` answers them, but decoded on the
/// connection's thread straight from libpq's result. The store's read makes a `String` of every
/// column first; a rebuild reads every event there is, and that text was a third of its reading
/// cost (perf, bench postgres.rebuild).
struct RebuildEventReader: Sendable {
    let connection: PostgresConnection

    static let sql =
        "SELECT \(PostgresEventStore.eventColumns) FROM cqrs_events WHERE position > $1 ORDER BY position LIMIT $2"

    func read(after position: Int64, limit: Int) async throws(PostgresError) -> [RecordedEvent] {
        try await connection.perform { thread throws(PostgresError) in
            let connection = try PostgresConnection.open(thread)
            let result = String(position).withCString { after in
                String(limit).withCString { limit in
                    let values: [UnsafePointer<CChar>?] = [after, limit]
                    return PQexecParams(connection, Self.sql, 2, nil, values, nil, nil, 0)
                }
            }
            guard let result else { throw PostgresConnection.failure(nil, on: connection) }
            defer { PQclear(result) }
            guard PQresultStatus(result) == PGRES_TUPLES_OK else {
                throw PostgresConnection.failure(result, on: connection)
            }
            var decoder = Decoder(result: result)
            return try (0..<PQntuples(result)).map { row throws(PostgresError) in try decoder.event(row) }
        }
    }

    /// Decodes the rows of one result, with the columns of `PostgresEventStore.eventColumns`, as
    /// `PostgresEventStore.event(_:)` does.
    private struct Decoder {
        let result: OpaquePointer
        /// The last type read: most events of a log share a few types, and each keeps this string
        /// rather than a copy of its own.
        var type = ""

        mutating func event(_ row: Int32) throws(PostgresError) -> RecordedEvent {
            let typeBytes = bytes(row, 4)
            if let typeBytes, !typeBytes.elementsEqual(type.utf8) {
                type = String(decoding: typeBytes, as: UTF8.self)
            } else if typeBytes == nil {
                type = ""
            }
            let payload: Value
            guard let data = bytes(row, 9) else {
                throw PostgresError(.badValue, message: "a NULL where JSON was stored")
            }
            do { payload = try JSONReader.parse(data) } catch {
                throw PostgresError(.badValue, message: "event data: \(error)")
            }
            return RecordedEvent(
                id: try id(row, 1), type: type,
                streamID: bytes(row, 2).map { String(decoding: $0, as: UTF8.self) } ?? "",
                streamVersion: Int(try integer(row, 3)), position: try integer(row, 0),
                occurredAt: Timestamp(microseconds: try integer(row, 5)), commandID: try id(row, 6),
                causationID: try id(row, 7), correlationID: try id(row, 8), payload: payload)
        }

        /// The text of column `column`, nil for NULL; valid while the result lives.
        private func bytes(_ row: Int32, _ column: Int32) -> UnsafeBufferPointer<UInt8>? {
            guard PQgetisnull(result, row, column) == 0, let value = PQgetvalue(result, row, column) else { return nil }
            return UnsafeRawBufferPointer(start: value, count: Int(PQgetlength(result, row, column)))
                .bindMemory(to: UInt8.self)
        }

        /// An integer column (0 for NULL, as the store reads it).
        private func integer(_ row: Int32, _ column: Int32) throws(PostgresError) -> Int64 {
            guard let text = bytes(row, column) else { return 0 }
            guard let value = Self.integer(text) else {
                throw PostgresError(.badValue, message: "column \(column): \(String(decoding: text, as: UTF8.self))")
            }
            return value
        }

        private static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int64? {
            var digits = text[...]
            let isNegative = digits.first == UInt8(ascii: "-")
            if isNegative { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 19 else { return nil }
            var value: Int64 = 0
            for digit in digits {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
                let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflowAdding) = times10.addingReportingOverflow(Int64(digit - UInt8(ascii: "0")))
                guard !overflow, !overflowAdding else { return nil }
                value = sum
            }
            return isNegative ? -value : value
        }

        /// An id column in canonical text (`ID.init?(_:)`'s form, read without making a string).
        private func id(_ row: Int32, _ column: Int32) throws(PostgresError) -> ID {
            guard let text = bytes(row, column), let id = ID(utf8: text) else {
                let text = bytes(row, column).map { String(decoding: $0, as: UTF8.self) } ?? "NULL"
                throw PostgresError(.badValue, message: "not an id: \(text)")
            }
            return id
        }
    }
}
