import LOW

/// Change sets as the JSON argument of `cqrs_commit`, and its answer as one outcome per change set.
///
/// Pure conversions, so the format is tested without a server (`PostgresCommitBatchTests`).
enum PostgresCommitBatch {
    /// What `cqrs_commit` answered for one change set.
    enum Outcome: Sendable, Equatable {
        /// Stored: the events as recorded.
        case recorded([RecordedEvent])
        /// Its command id was already stored (before this batch or earlier in it): nothing written.
        case duplicate
        /// A version or claim check refused it: nothing written.
        case refused(CommitError)
    }

    /// The argument for `cqrs_commit`: expected versions and claims in name order, so the first
    /// one refused is the one a single commit reports.
    static func json(_ batch: [ChangeSet]) -> String {
        JSONWriter.string(.list(batch.map(item)))
    }

    private static func item(_ changes: ChangeSet) -> Value {
        let command = changes.command
        let expected = changes.expectedVersions.sorted { $0.key < $1.key }.compactMap { stream, version -> Value? in
            guard case .exactly(let number) = version else { return nil }
            return [.string(stream), .int(number)]
        }
        let claims = changes.claims.sorted { $0.key.description < $1.key.description }.map { key, owner -> Value in
            [.string(key.scope), .string(key.value), .string(owner)]
        }
        let events = changes.events.map { event -> Value in
            [
                "id": .string(event.id.description), "type": .string(event.type), "stream": .string(event.streamID),
                "data": event.payload,
            ]
        }
        return [
            "command": [
                "id": .string(command.id.description), "name": .string(command.name), "payload": command.payload,
                "causationId": Value(command.causationID?.description),
                "correlationId": .string(command.correlationID.description),
                "issuedAt": .string(String(command.issuedAt.microseconds)),
            ],
            "expected": .list(expected), "claims": .list(claims), "events": .list(events),
        ]
    }

    /// The outcomes in `answer` (the function's result), one per change set of `batch`.
    /// - Throws: `PostgresError.badValue` when the answer does not have that shape.
    static func outcomes(_ answer: String, of batch: [ChangeSet]) throws -> [Outcome] {
        guard case .list(let items) = try JSONReader.parse(answer), items.count == batch.count else {
            throw malformed(answer)
        }
        return try zip(items, batch).map { item, changes in try outcome(item, of: changes, answer: answer) }
    }

    private static func outcome(_ item: Value, of changes: ChangeSet, answer: String) throws -> Outcome {
        if item["duplicate"] == true { return .duplicate }
        if case .list(let conflict)? = item["conflict"], conflict.count == 3, let stream = conflict[0].stringValue,
            let expected = conflict[1].intValue, let actual = conflict[2].intValue
        {
            return .refused(.conflict(streamID: stream, expected: expected, actual: actual))
        }
        if case .list(let claim)? = item["claimTaken"], claim.count == 3, let scope = claim[0].stringValue,
            let value = claim[1].stringValue, let owner = claim[2].stringValue
        {
            return .refused(.claimTaken(UniqueKey(scope: scope, value: value), owner: owner))
        }
        guard case .list(let pairs)? = item["recorded"], pairs.count == changes.events.count else {
            throw malformed(answer)
        }
        let command = changes.command
        return .recorded(
            try zip(changes.events, pairs).map { event, pair in
                guard case .list(let numbers) = pair, numbers.count == 2, let position = numbers[0].intValue,
                    let version = numbers[1].intValue
                else { throw malformed(answer) }
                return RecordedEvent(
                    id: event.id, type: event.type, streamID: event.streamID, streamVersion: version,
                    position: Int64(position), occurredAt: command.issuedAt, commandID: command.id,
                    causationID: command.id, correlationID: command.correlationID, payload: event.payload)
            })
    }

    private static func malformed(_ answer: String) -> PostgresError {
        PostgresError(.badValue, message: "cqrs_commit answered \(answer.prefix(200))")
    }
}
