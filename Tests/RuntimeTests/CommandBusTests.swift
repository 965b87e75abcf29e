import LOW
import Runtime
import Testing

struct CommandBusTests {
    let store = TestEventStore()

    /// Runs `body` with the bus's workers running, then stops them.
    func withRunning(_ bus: CommandBus, _ body: () async throws -> Void) async throws {
        let workers = Task { await bus.run() }
        defer { workers.cancel() }
        try await body()
    }

    @Test func routesACommandByNameToItsHandlerAndAnswersTheOutcome() async throws {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store)
        try await withRunning(bus) {
            let outcome = try await bus.dispatch(TestDomain.add("c1", 5))
            #expect(outcome.events.map(\.type) == ["Added"])
            #expect(outcome.events.first?.streamID == "counter-c1")
            let rejected = try await bus.dispatch(TestDomain.add("c1", 0))
            guard case .rejected(let reason, _) = rejected else {
                Issue.record("expected a rejection, got \(rejected)")
                return
            }
            #expect(reason == "invalid amount")
        }
    }

    @Test func opensOneChannelPerInputNamedInTheHandlersMeta() {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store)
        #expect(bus.channelNames == ["commands", "process-commands"])
    }

    @Test func answersUnknownCommandForANameNoHandlerTakes() async throws {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store)
        let outcome = try await bus.dispatch(TestDomain.envelope("Nope", [:]))
        #expect(outcome == .unknownCommand("Nope"))
    }

    @Test func aClientCannotSendACommandThatOnlyAProcessManagerMaySend() async throws {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store)
        let outcome = try await bus.dispatch(TestDomain.envelope("Finish", ["job": "j1"]))
        #expect(outcome == .unknownCommand("Finish"))
        #expect(try await store.head() == 0)
    }

    @Test func aPostedCommandRunsWithoutItsSenderWaitingForTheOutcome() async throws {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store)
        try await withRunning(bus) {
            let posted = try await bus.post(TestDomain.envelope("Finish", ["job": "j1"]), on: "process-commands")
            #expect(posted)
            try await bus.waitUntilIdle()
            #expect(try await store.read(after: 0, limit: 10, filter: .all).map(\.type) == ["Finished"])
        }
    }

    @Test func aRetriedCommandIdIsAnsweredFromItsFirstOutcomeWithoutASecondEffect() async throws {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store)
        try await withRunning(bus) {
            let id = ID.forIdempotencyKey("k1")
            let first = try await bus.dispatch(TestDomain.add("c1", 5, id: id))
            let second = try await bus.dispatch(TestDomain.add("c1", 5, id: id))
            let other = try await bus.dispatch(TestDomain.add("c1", 6, id: id))
            #expect(first == second)
            #expect(other == .idempotencyMismatch)
            #expect(try await store.head() == 1)
        }
    }

    @Test func commandsStillQueuedWhenTheWorkersStopAreAnsweredNotLeftWaiting() async throws {
        let bus = CommandBus(handlers: TestDomain.catalog.handlers, store: store, workersPerChannel: 1)
        let workers = Task { await bus.run() }
        workers.cancel()
        await workers.value
        await #expect(throws: (any Error).self) { try await bus.dispatch(TestDomain.add("c1", 1)) }
        #expect(bus.isIdle)
    }
}
