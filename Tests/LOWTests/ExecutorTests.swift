import LOW
import Testing

/// A counter that refuses to go above a limit: enough domain to exercise the executor.
struct Bump: CommandPayload {
    static let name = "Bump"
    var counter: String
    var by: Int
    init(counter: String, by: Int) {
        self.counter = counter
        self.by = by
    }
    init(payload: Value) throws(PayloadError) {
        counter = try payload.string("counter")
        by = try payload.int("by")
    }
    var payload: Value { ["counter": .string(counter), "by": .int(by)] }
}

struct Bumped: DomainEvent {
    var counter: String
    var by: Int
    var type: String { "Bumped" }
    var streamID: String { "counter-\(counter)" }
    var payload: Value { ["by": .int(by)] }
}

struct CounterState: Aggregate {
    var total = 0
    init() {}
    mutating func apply(_ event: RecordedEvent) { total += event.payload["by"]?.intValue ?? 0 }
}

struct BumpHandler: Handler {
    static let meta = OperatorMeta(name: "bump", inputs: [OperatorMeta.clientCommands], output: "counters")
    func lookup(_ command: Bump, in reader: some Reader) async throws -> Loaded<CounterState> {
        try await reader.load(CounterState.self, stream: "counter-\(command.counter)")
    }
    func operate(_ command: Bump, facts: Loaded<CounterState>, context: DecisionContext) -> Decision<Bumped> {
        guard command.by > 0 else { return .rejected(.invalidInput("by", reason: "invalid amount")) }
        guard facts.state.total + command.by <= 10 else { return .rejected(.refused("over the limit")) }
        return .accepted([Bumped(counter: command.counter, by: command.by)])
    }
    func write(_ event: Bumped, into changes: inout ChangeSet) {
        changes.claim(UniqueKey(scope: "counter", value: event.counter), for: event.counter)
    }
}

struct ExecutorTests {
    func envelope(_ bump: Bump, id: ID = .random()) -> CommandEnvelope {
        CommandEnvelope(id: id, name: Bump.name, payload: bump.payload, issuedAt: Timestamp(microseconds: 1000))
    }

    @Test func acceptedEventsGetIDsDerivedFromTheCommandAndTheReadVersionIsExpected() async throws {
        let store = ScriptedStore()
        let command = envelope(Bump(counter: "a", by: 3))
        let outcome = try await Executor(handler: BumpHandler(), store: store).execute(command)
        let events = outcome.events
        #expect(events.map(\.id) == [command.id.derived("event-0")])
        #expect(events.first?.streamVersion == 1)
        #expect(try await store.owner(of: UniqueKey(scope: "counter", value: "a")) == "a")
    }

    @Test func aRejectionIsStoredInItsOwnStreamWithTheReason() async throws {
        let store = ScriptedStore()
        let command = envelope(Bump(counter: "a", by: 0))
        let outcome = try await Executor(handler: BumpHandler(), store: store).execute(command)
        guard case .rejected(let reason, let event) = outcome else {
            Issue.record("expected a rejection, got \(outcome)")
            return
        }
        #expect(reason == "invalid amount")
        #expect(event.type == "BumpRejected")
        #expect(event.streamID == "rejection-\(command.id)")
        #expect(event.payload["counter"] == "a")
    }

    @Test func retriesAConflictOnFreshFactsThenCommits() async throws {
        let store = ScriptedStore(conflicts: 3)
        let outcome = try await Executor(handler: BumpHandler(), store: store).execute(
            envelope(Bump(counter: "a", by: 1)))
        #expect(outcome.events.count == 1)
        #expect(store.commits == 1)
    }

    @Test func answersConflictAfterTheLastAttemptAndWritesNothing() async throws {
        let store = ScriptedStore(conflicts: 100)
        let outcome = try await Executor(handler: BumpHandler(), store: store, maximumAttempts: 4)
            .execute(envelope(Bump(counter: "a", by: 1)))
        #expect(outcome == .conflict(attempts: 4))
        #expect(store.all.isEmpty)
    }

    @Test func aRepeatedCommandIDAnswersTheFirstOutcomeWithoutASecondEffect() async throws {
        let store = ScriptedStore()
        let executor = Executor(handler: BumpHandler(), store: store)
        let command = envelope(Bump(counter: "a", by: 9))
        let first = try await executor.execute(command)
        let second = try await executor.execute(command)
        #expect(first == second)
        #expect(store.all.count == 1)
    }

    @Test func aRepeatedRejectedCommandIsRejectedAgainWithTheSameReason() async throws {
        let store = ScriptedStore()
        let executor = Executor(handler: BumpHandler(), store: store)
        _ = try await executor.execute(envelope(Bump(counter: "a", by: 10)))
        let command = envelope(Bump(counter: "a", by: 5))
        let first = try await executor.execute(command)
        // Even once the state would now accept it, the stored rejection answers.
        #expect(first.events.first?.type == "BumpRejected")
        #expect(try await executor.execute(command) == first)
    }

    @Test func aCommandIDReusedWithOtherArgumentsIsAMismatch() async throws {
        let store = ScriptedStore()
        let executor = Executor(handler: BumpHandler(), store: store)
        let id = ID.forIdempotencyKey("k")
        _ = try await executor.execute(envelope(Bump(counter: "a", by: 1), id: id))
        #expect(try await executor.execute(envelope(Bump(counter: "a", by: 2), id: id)) == .idempotencyMismatch)
    }

    @Test func aMalformedPayloadWritesNothing() async throws {
        let store = ScriptedStore()
        let bad = CommandEnvelope(
            id: .random(), name: "Bump", payload: ["counter": 5], issuedAt: Timestamp(microseconds: 0))
        let outcome = try await Executor(handler: BumpHandler(), store: store).execute(bad)
        #expect(outcome == .invalidPayload(PayloadError(field: "counter", expected: "a string")))
        #expect(store.all.isEmpty)
    }

    @Test func concurrentCommandsOnOneStreamNeverExceedTheLimit() async throws {
        let store = ScriptedStore()
        let executor = Executor(handler: BumpHandler(), store: store, maximumAttempts: 100)
        let outcomes = await withTaskGroup(of: Outcome?.self) { group in
            for _ in 0..<30 { group.addTask { try? await executor.execute(self.envelope(Bump(counter: "a", by: 1))) } }
            return await group.reduce(into: [Outcome?]()) { $0.append($1) }
        }
        let accepted = outcomes.filter { if case .accepted? = $0 { true } else { false } }.count
        #expect(accepted == 10)
        let total = store.all.filter { $0.type == "Bumped" }.count
        #expect(total == 10)
    }
}
