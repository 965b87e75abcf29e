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
            conditions.append("type = ANY(\(parameter(PostgresText.array(types.sorted())))::text[])")
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
            id: try row.id(1), type: row[4] ?? "", streamID: row[2] ?? "",
            streamVersion: Int(try row.int64(3) ?? 0), position: try row.int64(0) ?? 0,
            occurredAt: Timestamp(microseconds: try row.int64(5) ?? 0), commandID: try row.id(6),
            causationID: try row.id(7), correlationID: try row.id(8), payload: try row.json(9))
    }
}
