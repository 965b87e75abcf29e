import LOW

extension PostgresEventStore {
    /// Writes `changes` inside the caller's transaction; throws to roll it back.
    static func write(_ changes: ChangeSet, on connection: PostgresConnection) async throws -> [RecordedEvent] {
        let command = changes.command
        let inserted = try await connection.query(
            "INSERT INTO cqrs_commands (id, name, payload, causation_id, correlation_id, issued_at) "
                + "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
            [
                command.id.description, command.name, PostgresText.json(command.payload),
                command.causationID?.description,
                command.correlationID.description, String(command.issuedAt.microseconds),
            ])
        guard inserted.affectedRowCount == 1 else { throw AlreadyStored() }
        var versions = try await lockStreams(
            Set(changes.expectedVersions.keys).union(changes.events.map(\.streamID)), on: connection)
        for (stream, expected) in changes.expectedVersions.sorted(by: { $0.key < $1.key }) {
            if case .exactly(let version) = expected, versions[stream] != version {
                throw CommitError.conflict(streamID: stream, expected: version, actual: versions[stream] ?? 0)
            }
        }
        for (key, owner) in changes.claims.sorted(by: { $0.key.description < $1.key.description }) {
            try await claim(key, for: owner, on: connection)
        }
        // Positions in commit order: the lock is held until this transaction ends.
        _ = try await connection.query(
            "SELECT pg_advisory_xact_lock(hashtext('cqrs-event-positions:' || current_schema()))")
        var recorded: [RecordedEvent] = []
        recorded.reserveCapacity(changes.events.count)
        for event in changes.events {
            let version = (versions[event.streamID] ?? 0) + 1
            versions[event.streamID] = version
            let row = try await connection.query(
                "INSERT INTO cqrs_events (position, id, stream_id, stream_version, type, occurred_at, command_id, "
                    + "causation_id, correlation_id, data) VALUES (nextval('cqrs_event_positions'), $1, $2, $3, $4, "
                    + "$5, $6, $7, $8, $9) RETURNING position",
                [
                    event.id.description, event.streamID, String(version), event.type,
                    String(command.issuedAt.microseconds), command.id.description, command.id.description,
                    command.correlationID.description, PostgresText.json(event.payload),
                ])
            recorded.append(
                RecordedEvent(
                    id: event.id, type: event.type, streamID: event.streamID, streamVersion: version,
                    position: try row.first?.int64(0) ?? 0, occurredAt: command.issuedAt, commandID: command.id,
                    causationID: command.id, correlationID: command.correlationID, payload: event.payload))
        }
        for stream in Set(changes.events.map(\.streamID)).sorted() {
            _ = try await connection.query(
                "UPDATE cqrs_streams SET version = $2 WHERE stream_id = $1", [stream, String(versions[stream] ?? 0)])
        }
        return recorded
    }

    /// Locks the rows of `streams` (made when missing) in name order and answers their versions.
    private static func lockStreams(_ streams: Set<String>, on connection: PostgresConnection) async throws
        -> [String: Int]
    {
        var versions: [String: Int] = [:]
        for stream in streams.sorted() {
            _ = try await connection.query(
                "INSERT INTO cqrs_streams (stream_id, version) VALUES ($1, 0) ON CONFLICT (stream_id) DO NOTHING",
                [stream])
            let row = try await connection.query(
                "SELECT version FROM cqrs_streams WHERE stream_id = $1 FOR UPDATE", [stream])
            versions[stream] = Int(try row.first?.int64(0) ?? 0)
        }
        return versions
    }

    /// Claims `key` for `owner`, or throws `claimTaken` naming who holds it.
    private static func claim(_ key: UniqueKey, for owner: String, on connection: PostgresConnection) async throws {
        let inserted = try await connection.query(
            "INSERT INTO cqrs_claims (scope, value, owner) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            [key.scope, key.value, owner])
        guard inserted.affectedRowCount != 1 else { return }
        let holder = try await connection.query(
            "SELECT owner FROM cqrs_claims WHERE scope = $1 AND value = $2", [key.scope, key.value]
        ).first?[0]
        if let holder, holder != owner { throw CommitError.claimTaken(key, owner: holder) }
    }
}
