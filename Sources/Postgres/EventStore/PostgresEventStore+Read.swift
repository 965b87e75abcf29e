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
        let events = try await pool.withConnection { connection in
            try await connection.query(sql, parameters).map { try Self.event($0) }
        }
        if filter == .all && events.count < limit {
            // Every committed event after `position` is in `events`: the head is known, for now.
            committed.advance(to: events.last?.position ?? 0)
            committed.heard(nothingAbove: events.last?.position ?? position)
        }
        return events
    }

    /// An event from a row of `eventColumns`, which start at column `first`.
    static func event(_ row: PostgresRow, from first: Int = 0) throws -> RecordedEvent {
        RecordedEvent(
            id: try row.id(first + 1), type: row[first + 4] ?? "", streamID: row[first + 2] ?? "",
            streamVersion: Int(try row.int64(first + 3) ?? 0), position: try row.int64(first) ?? 0,
            occurredAt: Timestamp(microseconds: try row.int64(first + 5) ?? 0), commandID: try row.id(first + 6),
            causationID: try row.id(first + 7), correlationID: try row.id(first + 8),
            payload: try row.json(first + 9))
    }
}
