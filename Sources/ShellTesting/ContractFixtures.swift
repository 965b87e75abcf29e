package import LOW

/// Small builders the contract checks share: commands, change sets and an aggregate to load.
package enum ContractFixtures {
    /// A fixed instant, so events' times are known.
    package static let epoch = Timestamp(microseconds: 1_764_000_000_000_000)

    /// A command with a fresh id issued `seconds` after `epoch`.
    package static func command(_ name: String = "Test", payload: Value = [:], seconds: Int64 = 0) -> CommandEnvelope {
        CommandEnvelope(
            id: ID.random(), name: name, payload: payload,
            issuedAt: Timestamp(microseconds: epoch.microseconds + seconds * 1_000_000))
    }

    /// A change set of `command` appending one event per `(type, stream)` pair.
    package static func changes(
        _ command: CommandEnvelope, _ events: [(type: String, stream: String)],
        expecting versions: [String: ChangeSet.ExpectedVersion] = [:], claims: [UniqueKey: String] = [:]
    ) -> ChangeSet {
        ChangeSet(
            command: command,
            events: events.enumerated().map { index, event in
                .init(
                    id: command.id.derived("event-\(index)"), type: event.type, streamID: event.stream,
                    payload: ["n": .int(index), "stream": .string(event.stream)])
            }, expectedVersions: versions, claims: claims)
    }

    /// Commits one event of `type` to `stream` under a new command issued at `seconds`.
    @discardableResult
    package static func append(
        _ store: any EventStore, type: String = "Happened", stream: String, seconds: Int64 = 0
    ) async throws -> RecordedEvent {
        let recorded = try await store.commit(changes(command(seconds: seconds), [(type, stream)]))
        guard let event = recorded.first else {
            throw ContractViolation(message: "commit recorded nothing", line: #line)
        }
        return event
    }
}

/// An aggregate that remembers the positions of its stream's events, to check `load`.
package struct PositionsAggregate: Aggregate, Equatable {
    package var positions: [Int64] = []
    package init() {}
    package mutating func apply(_ event: RecordedEvent) { positions.append(event.position) }
}
