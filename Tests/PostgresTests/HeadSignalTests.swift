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

struct GroupCommitQueueTests {
    @Test func eachItemGetsItsOwnAnswerAndWaitingItemsShareABatch() async {
        let queue = GroupCommitQueue<Int, Int>(maximumBatchSize: 8, maximumLeaders: 1)
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
