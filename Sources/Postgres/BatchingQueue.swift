import Synchronization

/// Lets calls that arrive while others are running share one batch: the group commit that makes
/// several commits cost one transaction and one WAL flush, and the coalesced lookups that make
/// several reads cost one statement (`CoalescedLookup`).
///
/// A call that finds fewer than `maximumLeaders` batches running leads one at once: it takes
/// itself and the calls waiting (up to `maximumBatchSize`), runs them, answers each, and hands
/// the lead to the first call still waiting, which does the same. So no task is started or left
/// behind, a lone call runs at once, and under load a batch holds what arrived during the one
/// before it.
final class BatchingQueue<Item: Sendable, Answer: Sendable>: Sendable {
    private enum Turn: Sendable {
        case lead
        case answered(Answer)
    }

    private struct Waiter: Sendable {
        var item: Item
        var continuation: CheckedContinuation<Turn, Never>
    }

    private struct State {
        /// In arrival order; `first` is the next to lead.
        var waiting: [Waiter] = []
        var first = 0
        var leaders = 0

        var waitingCount: Int { waiting.count - first }

        mutating func removeFirst(_ count: Int) -> ArraySlice<Waiter> {
            let taken = waiting[first..<first + count]
            first += count
            if first == waiting.count {
                waiting.removeAll(keepingCapacity: true)
                first = 0
            }
            return taken
        }
    }

    private let state = Mutex(State())
    let maximumBatchSize: Int
    let maximumLeaders: Int

    init(maximumBatchSize: Int, maximumLeaders: Int) {
        precondition(maximumBatchSize > 0 && maximumLeaders > 0)
        self.maximumBatchSize = maximumBatchSize
        self.maximumLeaders = maximumLeaders
    }

    /// Runs `item` in a batch with others, through `run` (called by whichever commit leads), and
    /// answers what `run` answered for it.
    /// - Parameter run: answers one answer per item, in the items' order.
    func submit(
        _ item: Item, isolation: isolated (any Actor)? = #isolation, run: ([Item]) async -> [Answer]
    ) async -> Answer {
        let turn = await withCheckedContinuation { (continuation: CheckedContinuation<Turn, Never>) in
            let leads = state.withLock { state in
                if state.leaders < maximumLeaders {
                    state.leaders += 1
                    return true
                }
                state.waiting.append(Waiter(item: item, continuation: continuation))
                return false
            }
            if leads { continuation.resume(returning: .lead) }
        }
        switch turn {
        case .answered(let answer): return answer
        case .lead: return await lead(item, isolation: isolation, run: run)
        }
    }

    private func lead(
        _ item: Item, isolation: isolated (any Actor)?, run: ([Item]) async -> [Answer]
    ) async -> Answer {
        let others = state.withLock { state in state.removeFirst(min(state.waitingCount, maximumBatchSize - 1)) }
        let answers = await run([item] + others.map(\.item))
        precondition(answers.count == others.count + 1, "a batch answers once per item")
        for (waiter, answer) in zip(others, answers.dropFirst()) {
            waiter.continuation.resume(returning: .answered(answer))
        }
        let next = state.withLock { state -> Waiter? in
            if state.waitingCount == 0 {
                state.leaders -= 1
                return nil
            }
            return state.removeFirst(1).first
        }
        next?.continuation.resume(returning: .lead)
        return answers[0]
    }
}
