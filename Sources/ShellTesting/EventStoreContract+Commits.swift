import LOW

extension EventStoreContract {
    @Sendable static func anEmptyStoreHasNothing(_ store: any EventStore) async throws {
        try require(await store.head() == 0, "an empty store's head is 0")
        try require(try await store.read(after: 0, limit: 10, filter: .all).isEmpty, "an empty store reads nothing")
        try require(try await store.events(inStream: "s", after: 0).isEmpty, "an unknown stream has no events")
        try require(try await store.events(forCommand: ID.random()) == nil, "an unknown command has no events")
        try require(try await store.command(ID.random()) == nil, "an unknown command is not stored")
        try require(try await store.owner(of: UniqueKey(scope: "k", value: "v")) == nil, "no key is held")
    }

    @Sendable static func aCommitRecordsEveryEventInOrder(_ store: any EventStore) async throws {
        let first = ContractFixtures.command(seconds: 5)
        let recorded = try await store.commit(ContractFixtures.changes(first, [("A", "s1"), ("B", "s2"), ("C", "s1")]))
        let positions = recorded.map(\.position)
        try require(
            positions.first.map { $0 > 0 } == true && isIncreasing(positions),
            "positions are above 0 and increase in the commit's order: \(positions)")
        try require(recorded.map(\.streamVersion) == [1, 1, 2], "stream versions count per stream")
        try require(recorded.map(\.type) == ["A", "B", "C"], "types are kept")
        try require(
            recorded.allSatisfy { $0.commandID == first.id && $0.correlationID == first.id }, "ids of the command")
        try require(recorded.allSatisfy { $0.causationID == first.id }, "a client command causes its events")
        try require(recorded.allSatisfy { $0.occurredAt == first.issuedAt }, "events occur when the command was issued")
        try require(recorded[0].payload == ["n": 0, "stream": "s1"], "the payload is kept")
        try require(recorded[0].id == first.id.derived("event-0"), "event ids are kept")
        let second = try await store.commit(ContractFixtures.changes(ContractFixtures.command(), [("A", "s1")]))
        try require(
            second.count == 1 && second[0].position > recorded[2].position && second[0].streamVersion == 3,
            "the next commit follows on")
        try require(await store.head() == second[0].position, "the head is the last position")
        try require(
            try await store.read(after: 0, limit: 100, filter: .all) == recorded + second,
            "reads give what was recorded")
        try require(try await store.events(forCommand: first.id) == recorded, "a command's events are found by its id")
        try require(try await store.command(first.id) == first, "the command envelope is stored")
        try require(
            try await store.events(inStream: "s1", after: 1).map(\.streamVersion) == [2, 3],
            "stream reads after a version")
    }

    @Sendable static func aStaleExpectedVersionConflictsAndWritesNothing(_ store: any EventStore) async throws {
        let appended = try await ContractFixtures.append(store, stream: "s")
        let stale = ContractFixtures.changes(
            ContractFixtures.command(), [("A", "s"), ("A", "t")], expecting: ["s": .exactly(0)])
        try await requireThrows("a stale version", .conflict(streamID: "s", expected: 0, actual: 1)) {
            try await store.commit(stale)
        }
        let ahead = ContractFixtures.changes(ContractFixtures.command(), [("A", "t")], expecting: ["u": .exactly(2)])
        try await requireThrows("a version ahead of an empty stream", .conflict(streamID: "u", expected: 2, actual: 0))
        { try await store.commit(ahead) }
        try require(await store.head() == appended.position, "a conflicting commit writes nothing")
        try require(try await store.events(inStream: "t", after: 0).isEmpty, "no event of a refused commit is kept")
        try require(try await store.events(forCommand: stale.command.id) == nil, "a refused command is not stored")
        let fresh = ContractFixtures.changes(stale.command, [("A", "s")], expecting: ["s": .exactly(1), "t": .any])
        try require(try await store.commit(fresh).first?.streamVersion == 2, "the current version commits")
    }

    @Sendable static func aKeyHeldByAnotherOwnerCannotBeClaimed(_ store: any EventStore) async throws {
        let key = UniqueKey(scope: "customer-email", value: "ada@example.com")
        let claimed = try await store.commit(
            ContractFixtures.changes(ContractFixtures.command(), [("A", "a")], claims: [key: "a"]))
        try require(try await store.owner(of: key) == "a", "a claimed key names its owner")
        let other = ContractFixtures.changes(ContractFixtures.command(), [("A", "b")], claims: [key: "b"])
        try await requireThrows("a claim on a held key", .claimTaken(key, owner: "a")) { try await store.commit(other) }
        try require(await store.head() == claimed.last?.position, "a refused claim writes nothing")
        try require(try await store.owner(of: key) == "a", "the first owner keeps the key")
        let again = ContractFixtures.changes(ContractFixtures.command(), [("B", "a")], claims: [key: "a"])
        try require(try await store.commit(again).count == 1, "the owner may claim its key again")
        let otherKey = UniqueKey(scope: "user-name", value: "ada@example.com")
        _ = try await store.commit(
            ContractFixtures.changes(ContractFixtures.command(), [("A", "c")], claims: [otherKey: "c"]))
        try require(try await store.owner(of: otherKey) == "c", "scopes never collide")
    }

    @Sendable static func aStoredCommandIdAnswersWithItsFirstEvents(_ store: any EventStore) async throws {
        let command = ContractFixtures.command(payload: ["first": true])
        let first = try await store.commit(ContractFixtures.changes(command, [("A", "s"), ("B", "s")]))
        var retry = command
        retry.payload = ["first": false]
        let twice = ContractFixtures.changes(retry, [("C", "other")], expecting: ["s": .exactly(0)])
        try await requireThrows("a command id already stored", .duplicateCommand(first)) {
            try await store.commit(twice)
        }
        try require(await store.head() == first.last?.position, "a duplicate writes nothing")
        try require(try await store.command(command.id) == command, "the first envelope is kept")
        try require(try await store.events(forCommand: command.id) == first, "the first events are kept")
    }

    @Sendable static func aStoredEventIdIsNeverStoredTwice(_ store: any EventStore) async throws {
        let command = ContractFixtures.command()
        let first = try await store.commit(ContractFixtures.changes(command, [("A", "s")]))
        var reused = ContractFixtures.changes(ContractFixtures.command(), [("A", "t"), ("B", "t")])
        reused.events[1].id = first[0].id
        try await requireThrows("an event id already stored", nil) { try await store.commit(reused) }
        try require(await store.head() == first[0].position, "a commit reusing an event id writes nothing")
        try require(try await store.events(forCommand: reused.command.id) == nil, "nor stores its command")
    }

    @Sendable static func concurrentDuplicatesAreStoredOnce(_ store: any EventStore) async throws {
        let changes = ContractFixtures.changes(ContractFixtures.command(), [("A", "s"), ("B", "t")])
        let outcomes = try await withThrowingTaskGroup(of: [RecordedEvent]?.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    do {
                        return try await store.commit(changes)
                    } catch CommitError.duplicateCommand(let first) {
                        return first
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let stored = try await store.read(after: 0, limit: 10, filter: .all)
        let head = try await store.head()
        try require(
            stored.count == 2 && head == stored.last?.position, "one delivery of a command is stored, however many race"
        )
        try require(outcomes.allSatisfy { $0 == stored }, "every racer answers with the stored events")
    }
}

/// Whether `positions` strictly increase.
func isIncreasing(_ positions: [Int64]) -> Bool { zip(positions, positions.dropFirst()).allSatisfy { $0 < $1 } }
