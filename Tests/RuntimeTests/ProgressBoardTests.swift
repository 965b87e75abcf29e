import LOW
import Runtime
import Testing

struct ProgressBoardTests {
    @Test func aWaiterReturnsOnceEveryParticipantHasPassedItsPosition() async throws {
        let board = ProgressBoard(participants: ["a", "b"])
        let waiter = Task { try await board.wait(until: 5) }
        board.report("a", passed: 7)
        try await Task.sleep(for: .milliseconds(20))
        board.report("b", passed: 4)
        try await Task.sleep(for: .milliseconds(20))
        #expect(board.low == 4)
        board.report("b", passed: 5)
        try await waiter.value
        #expect(board.low == 5)
    }

    @Test func aWaiterForAPositionAlreadyPassedReturnsAtOnce() async throws {
        let board = ProgressBoard(participants: ["a"])
        board.report("a", passed: 10)
        try await board.wait(until: 3)
        #expect(board.position(of: "a") == 10)
    }

    @Test func aPositionNeverMovesBack() {
        let board = ProgressBoard(participants: ["a"])
        board.report("a", passed: 10)
        board.report("a", passed: 2)
        #expect(board.position(of: "a") == 10)
    }

    @Test func aBoardWithoutParticipantsHasNothingToWaitFor() async throws {
        let board = ProgressBoard(participants: [])
        try await board.wait(until: 1_000)
        #expect(board.low == .max)
    }

    @Test func aCancelledWaiterThrowsCancellation() async throws {
        let board = ProgressBoard(participants: ["a"])
        let waiter = Task { try await board.wait(until: 5) }
        try await Task.sleep(for: .milliseconds(20))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
    }
}

struct CompletionBoardTests {
    @Test func aWaiterGetsThePositionOfTheEventThatEndedItsProcess() async throws {
        let board = CompletionBoard()
        let process = ID.random()
        let waiter = Task { try await board.wait(for: process) }
        try await Task.sleep(for: .milliseconds(20))
        board.record(.random(), endedAt: 3)
        board.record(process, endedAt: 9)
        #expect(try await waiter.value == 9)
    }

    @Test func aLateWaiterIsAnsweredFromTheRecordedEndAndTheFirstEndWins() async throws {
        let board = CompletionBoard()
        let process = ID.random()
        board.record(process, endedAt: 4)
        board.record(process, endedAt: 8)
        #expect(try await board.wait(for: process) == 4)
        #expect(board.end(of: process) == 4)
    }

    @Test func aCancelledWaiterThrowsCancellation() async throws {
        let board = CompletionBoard()
        let waiter = Task { try await board.wait(for: .random()) }
        try await Task.sleep(for: .milliseconds(20))
        waiter.cancel()
        await #expect(throws: CancellationError.self) { try await waiter.value }
    }

    @Test func aWaitWithADeadlineAnswersFalseOnceTheDeadlinePasses() async throws {
        let board = ProgressBoard(participants: ["a"])
        let reached = try await board.wait(until: 5, deadline: .now + .milliseconds(30))
        #expect(!reached)
    }

    @Test func aWaitWithADeadlineAnswersTrueWhenReportedInTime() async throws {
        let board = ProgressBoard(participants: ["a"])
        let waiter = Task { try await board.wait(until: 5, deadline: .now + .seconds(30)) }
        try await Task.sleep(for: .milliseconds(20))
        board.report("a", passed: 5)
        #expect(try await waiter.value)
    }

    @Test func aShortDeadlineAfterALongOneStillEndsOnTime() async throws {
        let board = ProgressBoard(participants: ["a"])
        let long = Task { try await board.wait(until: 5, deadline: .now + .seconds(60)) }
        try await Task.sleep(for: .milliseconds(20))
        let started = ContinuousClock.now
        let short = try await board.wait(until: 5, deadline: .now + .milliseconds(30))
        #expect(!short)
        #expect(ContinuousClock.now - started < .seconds(10))
        board.report("a", passed: 5)
        #expect(try await long.value)
    }
}
