import Testing

@testable import Postgres

struct HeadSignalTests {
    @Test func aCommitPastThePositionWakesTheWaiter() async {
        let signal = HeadSignal()
        async let waited: Void = signal.wait(after: 4, timeout: .seconds(60))
        try? await Task.sleep(for: .milliseconds(20))
        signal.advance(to: 5)
        await waited
        #expect(signal.head == 5)
    }

    @Test func aHeadAlreadyPastAnswersAtOnce() async {
        let signal = HeadSignal()
        signal.advance(to: 3)
        await signal.wait(after: 2, timeout: .seconds(60))
        signal.advance(to: 1)
        #expect(signal.head == 3, "the head never moves back")
    }

    @Test func theWaitEndsAtItsTimeoutOrWhenCancelled() async {
        let signal = HeadSignal()
        await signal.wait(after: 0, timeout: .milliseconds(10))
        let waiting = Task { await signal.wait(after: 0, timeout: .seconds(60)) }
        waiting.cancel()
        await waiting.value
        #expect(signal.head == 0)
    }
}

extension HeadSignalTests {
    @Test func aReadThatFoundNothingAboveAPositionIsKnownForAMoment() async throws {
        let signal = HeadSignal()
        #expect(!signal.knows(nothingAbove: 7, within: .seconds(60)), "no read yet")
        signal.heard(nothingAbove: 7)
        #expect(signal.knows(nothingAbove: 7, within: .seconds(60)))
        #expect(signal.knows(nothingAbove: 9, within: .seconds(60)), "nothing above 7 is nothing above 9")
        #expect(!signal.knows(nothingAbove: 5, within: .seconds(60)), "events 6 and 7 may exist")
        try await Task.sleep(for: .milliseconds(20))
        #expect(!signal.knows(nothingAbove: 7, within: .milliseconds(10)), "too old to trust")
    }
}

struct BatchingQueueTests {
    @Test func eachItemGetsItsOwnAnswerAndWaitingItemsShareABatch() async {
        let queue = BatchingQueue<Int, Int>(maximumBatchSize: 8, maximumLeaders: 1)
        let results = await withTaskGroup(of: (Int, Int, Int).self) { group in
            for n in 0..<40 {
                group.addTask {
                    var size = 0
                    let answer = await queue.submit(n) { batch in
                        size = batch.count
                        try? await Task.sleep(for: .milliseconds(5))
                        return batch.map { $0 * 10 }
                    }
                    return (n, answer, size)
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0.1 == $0.0 * 10 })
        #expect(results.map(\.2).max() ?? 0 > 1, "commits that waited were written together")
        #expect(results.map(\.2).max() ?? 0 <= 8)
    }
}
