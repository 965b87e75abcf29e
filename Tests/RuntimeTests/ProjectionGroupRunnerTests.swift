import InProcess
import LOW
import Runtime
import Testing

struct ProjectionGroupRunnerTests {
    let events = TestEventStore()
    let readModels = InMemoryReadModelStore()
    let projectors = [AnyProjector(CounterProjector()), AnyProjector(JobProjector())]

    func append(_ count: Int, to counter: String = "c1") async throws {
        let handler = AnyHandler(AddHandler())
        for _ in 0..<count { _ = try await handler.execute(TestDomain.add(counter, 1), store: events) }
    }

    /// Runs the group until every projector has passed the log head, then stops it.
    func project() async throws {
        let board = ProgressBoard(participants: projectors.map(\.meta.name))
        let runner = ProjectionGroupRunner(
            projectors: projectors, events: events, readModels: readModels, board: board, batchSize: 7)
        let task = Task { try await runner.run() }
        try await board.wait(until: await events.head())
        task.cancel()
        try await task.value
    }

    @Test func everyProjectorReachesTheHeadFromOneReadingOfTheLog() async throws {
        try await append(20)
        try await append(3, to: "c2")
        try await project()
        #expect(try await readModels.row(Counter.self, id: "c1")?.total == 20)
        #expect(try await readModels.row(Counter.self, id: "c2")?.total == 3)
        for projector in projectors {
            #expect(try await readModels.checkpoint(of: projector.meta.name) == 23)
        }
    }

    @Test func aRestartResumesAfterEachCheckpointWithoutApplyingAnEventTwice() async throws {
        try await append(10)
        try await project()
        try await append(5)
        try await project()
        #expect(try await readModels.row(Counter.self, id: "c1")?.total == 15)
        #expect(try await readModels.checkpoint(of: "counter-projector") == 15)
    }
}
