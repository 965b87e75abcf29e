import LOW
import Runtime
import TestSupport
import Testing

@Suite(.exclusive)
struct CatalogRuntimeTests {
    let events = TestEventStore()
    let readModels = TestReadModelStore()

    func shell(_ catalog: Catalog = TestDomain.catalog) -> CatalogRuntime {
        CatalogRuntime(catalog: catalog, events: events, readModels: readModels)
    }

    /// Runs `shell` around `body`, then stops it gracefully and waits for it.
    func running<T>(_ shell: CatalogRuntime, _ body: () async throws -> T) async throws -> T {
        let run = Task { try await shell.run() }
        do {
            let result = try await body()
            shell.shutdown()
            try await run.value
            return result
        } catch {
            run.cancel()
            throw error
        }
    }

    @Test func answersTheRowTheCommandUpdatedOnceItIsProjected() async throws {
        let shell = shell()
        let result = try await running(shell) {
            _ = try await shell.submit(TestDomain.add("c1", 2))
            return try await shell.submit(TestDomain.add("c1", 3))
        }
        #expect(result.row == ["id": "c1", "total": 5])
        #expect(!result.isPending)
    }

    @Test func aRejectedCommandAnswersItsReasonWithoutARow() async throws {
        let shell = shell()
        let result = try await running(shell) { try await shell.submit(TestDomain.add("c1", -1)) }
        #expect(result.row == nil)
        guard case .rejected(let reason, let event) = result.outcome else {
            Issue.record("expected a rejection, got \(result.outcome)")
            return
        }
        #expect(reason == "invalid amount")
        #expect(event.streamID == "rejection-\(result.commandID)")
    }

    @Test func aCommandThatStartsAProcessAnswersOnceTheProcessHasEnded() async throws {
        let shell = shell()
        let result = try await running(shell) {
            try await shell.submit(TestDomain.envelope("Start", ["job": "j1"]))
        }
        #expect(result.row == ["id": "j1", "status": "finished"])
        #expect(!result.isPending)
    }

    @Test func aProjectionThatDoesNotArriveInTimeAnswersPendingAndTheCommandIsKept() async throws {
        // No process manager: the job never finishes, so its end never comes.
        let catalog = Catalog(
            handlers: TestDomain.catalog.handlers, projectors: TestDomain.catalog.projectors, processManagers: [])
        let shell = shell(catalog)
        let result = try await running(shell) {
            try await shell.submit(TestDomain.envelope("Start", ["job": "j1"]), timeout: .milliseconds(50))
        }
        #expect(result.isPending)
        #expect(result.row == nil)
        #expect(try await events.events(forCommand: result.commandID)?.map(\.type) == ["Started"])
    }

    @Test func aCommandNoClientHandlerTakesIsUnknownAndWritesNothing() async throws {
        let shell = shell()
        let result = try await running(shell) { try await shell.submit(TestDomain.envelope("Finish", ["job": "j"])) }
        #expect(result.outcome == .unknownCommand("Finish"))
        #expect(try await events.head() == 0)
    }

    @Test func becomesReadyOnceTheProjectionsHaveCaughtUpWithTheLogAtStart() async throws {
        let add = AnyHandler(AddHandler())
        for _ in 0..<50 { _ = try await add.execute(TestDomain.add("c1", 1), store: events) }
        let shell = shell()
        #expect(!shell.isReady)
        let total = try await running(shell) {
            try await shell.waitUntilReady()
            return try await readModels.row(Counter.self, id: "c1")?.total
        }
        #expect(shell.isReady)
        #expect(total == 50)
    }

    @Test func shutdownFinishesTheWorkAProcessManagerStartedBeforeRunReturns() async throws {
        let catalog = TestDomain.catalog
        let shell = shell(catalog)
        let run = Task { try await shell.run() }
        for i in 0..<20 {
            _ = try await shell.submit(TestDomain.envelope("Start", ["job": .string("j\(i)")]), timeout: .zero)
        }
        shell.shutdown()
        try await run.value
        let finished = try await events.read(after: 0, limit: 100, filter: EventFilter(types: ["Finished"]))
        #expect(finished.count == 20)
        #expect(shell.projectedPosition == 40)
        await #expect(throws: (any Error).self) { try await shell.submit(TestDomain.add("c1", 1)) }
    }

    @Test func aRestartedProcessManagerDoesNotSendACommandTwice() async throws {
        let first = shell()
        _ = try await running(first) { try await first.submit(TestDomain.envelope("Start", ["job": "j1"])) }
        let second = CatalogRuntime(catalog: TestDomain.catalog, events: events, readModels: TestReadModelStore())
        try await running(second) { try await second.waitUntilReady() }
        #expect(try await events.head() == 2)
    }
}
