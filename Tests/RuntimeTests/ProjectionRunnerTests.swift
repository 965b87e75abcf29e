import LOW
import Runtime
import Testing

struct ProjectionRunnerTests {
    let events = TestEventStore()

    func append(_ count: Int, to counter: String = "c1") async throws {
        let handler = AnyHandler(AddHandler())
        for _ in 0..<count { _ = try await handler.execute(TestDomain.add(counter, 1), store: events) }
    }

    /// Runs a counter projector over `readModels` until it has passed the log head, then stops it.
    func project(into readModels: TestReadModelStore, projector: AnyProjector = AnyProjector(CounterProjector()))
        async throws
    {
        let board = ProgressBoard(participants: [projector.meta.name])
        let runner = ProjectionRunner(
            projector: projector, events: events, readModels: readModels, board: board, batchSize: 7)
        let task = Task { try await runner.run() }
        try await board.wait(until: await events.head())
        task.cancel()
        try await task.value
    }

    func total(_ readModels: TestReadModelStore, _ id: String = "c1") async throws -> Int? {
        try await readModels.row(Counter.self, id: id)?.total
    }

    @Test func catchesUpFromTheStartAndKeepsTheCheckpointAtTheHead() async throws {
        try await append(20)
        let readModels = TestReadModelStore()
        try await project(into: readModels)
        #expect(try await total(readModels) == 20)
        #expect(try await readModels.checkpoint(of: "counter-projector") == 20)
    }

    @Test func followsEventsAppendedAfterItCaughtUp() async throws {
        try await append(3)
        let readModels = TestReadModelStore()
        let board = ProgressBoard(participants: ["counter-projector"])
        let runner = ProjectionRunner(
            projector: AnyProjector(CounterProjector()), events: events, readModels: readModels, board: board)
        let task = Task { try await runner.run() }
        try await board.wait(until: 3)
        try await append(2)
        try await board.wait(until: 5)
        task.cancel()
        try await task.value
        #expect(try await total(readModels) == 5)
    }

    @Test func aRestartResumesFromTheCheckpointWithoutApplyingAnEventTwice() async throws {
        try await append(10)
        let readModels = TestReadModelStore()
        try await project(into: readModels)
        let savesBefore = readModels.saves
        try await append(4)
        try await project(into: readModels)
        #expect(readModels.saves - savesBefore == 4)
        #expect(try await total(readModels) == 14)
    }

    @Test func aProjectorAddedLaterIsFilledFromHistoryAsIfItHadAlwaysRun() async throws {
        let allAlong = TestReadModelStore()
        try await append(5, to: "a")
        try await project(into: allAlong)
        try await append(5, to: "b")
        try await project(into: allAlong)
        let addedLater = TestReadModelStore()
        try await project(into: addedLater)
        for id in ["a", "b"] { #expect(try await total(addedLater, id) == total(allAlong, id)) }
        #expect(try await total(addedLater, "b") == 5)
    }

    @Test func eventsAtOrBelowTheCheckpointThatAStoreDeliversAgainAreSkipped() async throws {
        try await append(10)
        let readModels = TestReadModelStore()
        try await project(into: readModels)
        events.redeliver(6)
        try await append(2)
        try await project(into: readModels)
        #expect(try await total(readModels) == 12)
    }

    @Test func eventsTheProjectorIgnoresMoveTheCheckpointOncePerBatchWithoutWritingRows() async throws {
        let jobs = AnyHandler(StartHandler())
        for i in 0..<9 {
            _ = try await jobs.execute(TestDomain.envelope("Start", ["job": .string("j\(i)")]), store: events)
        }
        let readModels = TestReadModelStore()
        try await project(into: readModels)
        #expect(readModels.saves == 0)
        #expect(try await readModels.checkpoint(of: "counter-projector") == 9)
    }
}
