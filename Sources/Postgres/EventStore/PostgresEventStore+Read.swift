package import LOW

extension PostgresEventStore {
    /// The columns every event read selects, in the order `event(_:)` decodes them.
    static let eventColumns =
        "position, id, stream_id, stream_version, type, occurred_at, command_id, causation_id, correlation_id, data"

    package func read(after position: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        guard limit > 0 else { return [] }
        // The statement is assembled from fixed fragments, one per filter present; every value is a
        // parameter.
        var conditions = ["position > $1"]
        var parameters: [String?] = [String(position)]
        func parameter(_ value: String) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        if let stream = filter.streamID { conditions.append("stream_id = \(parameter(stream))") }
        if let types = filter.types {
            conditions.append("type = ANY(\(parameter(Self.textArray(types.sorted())))::text[])")
        }
        if let from = filter.from { conditions.append("occurred_at >= \(parameter(String(from.microseconds)))") }
        if let to = filter.to { conditions.append("occurred_at < \(parameter(String(to.microseconds)))") }
        let sql =
            "SELECT \(Self.eventColumns) FROM cqrs_events WHERE \(conditions.joined(separator: " AND ")) "
            + "ORDER BY position LIMIT \(parameter(String(limit)))"
        return try await pool.withConnection { connection in
            try await connection.query(sql, parameters).map(Self.event)
        }
    }

    /// An event from a row of `eventColumns`.
    static func event(_ row: PostgresRow) throws -> RecordedEvent {
        RecordedEvent(
            id: try id(row[1]), type: row[4] ?? "", streamID: row[2] ?? "",
            streamVersion: Int(try row.int64(3) ?? 0), position: try row.int64(0) ?? 0,
            occurredAt: Timestamp(microseconds: try row.int64(5) ?? 0), commandID: try id(row[6]),
            causationID: try id(row[7]), correlationID: try id(row[8]), payload: try json(row[9]))
    }

    static func id(_ text: String?) throws -> ID {
        guard let text, let id = ID(text) else {
            throw PostgresError(.badValue, message: "not an id: \(text ?? "NULL")")
        }
        return id
    }

    static func json(_ text: String?) throws -> Value {
        guard let text else { throw PostgresError(.badValue, message: "a NULL where JSON was stored") }
        return try JSONReader.parse(text)
    }

    /// The JSON text of `value`, stored as `json` (not `jsonb`, which would reorder its keys).
    static func text(_ value: Value) -> String { String(decoding: JSONWriter.encode(value), as: UTF8.self) }

    /// A PostgreSQL array literal of `values`, each quoted, for a `text[]` parameter.
    static func textArray(_ values: [String]) -> String {
        let quoted = values.map { value in
            var escaped = "\""
            for character in value {
                if character == "\\" || character == "\"" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped + "\""
        }
        return "{" + quoted.joined(separator: ",") + "}"
    }
}
