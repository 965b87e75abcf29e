import Synchronization

/// The highest position this process knows to be committed, and the tasks waiting for it to pass
/// theirs: a commit made here wakes the store's `waitForEvents` at once, so followers neither wait
/// for their next look at the head nor ask the server for it while commits keep coming.
final class HeadSignal: Sendable {
    private struct Waiter {
        var position: Int64
        var continuation: CheckedContinuation<Void, Never>
    }

    private struct State {
        var head: Int64 = 0
        var waiters: [UInt64: Waiter] = [:]
        var nextID: UInt64 = 0
        /// The last read that found no committed event above a position, and when.
        var silence: (above: Int64, at: ContinuousClock.Instant)?
    }

    private let state = Mutex(State())

    /// The highest position known committed (0 before any is known).
    var head: Int64 { state.withLock { $0.head } }

    /// Records that positions up to `head` are committed and wakes the waiters it passes.
    func advance(to head: Int64) {
        let woken = state.withLock { state -> [Waiter] in
            guard head > state.head else { return [] }
            state.head = head
            let passed = state.waiters.filter { $0.value.position < head }
            for id in passed.keys { state.waiters[id] = nil }
            return Array(passed.values)
        }
        for waiter in woken { waiter.continuation.resume() }
    }

    /// Records that a read just found no committed event above `position`.
    func heard(nothingAbove position: Int64) {
        let now = ContinuousClock.now
        state.withLock { $0.silence = (position, now) }
    }

    /// Whether a read within the last `interval` found no committed event above `position`: a
    /// caller about to wait need not ask the server for the head again.
    func knows(nothingAbove position: Int64, within interval: Duration) -> Bool {
        guard let silence = state.withLock({ $0.silence }), silence.above <= position else { return false }
        return ContinuousClock.now - silence.at < interval
    }

    /// Returns once the head is above `position`, `timeout` has passed, or the task is cancelled.
    func wait(after position: Int64, timeout: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.wait(after: position) }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
        }
    }

    private func wait(after position: Int64) async {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                let isPassed = state.withLock { state in
                    // Cancelled before registering: the handler found nothing to remove.
                    if state.head > position || Task.isCancelled { return true }
                    state.waiters[id] = Waiter(position: position, continuation: continuation)
                    return false
                }
                if isPassed { continuation.resume() }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.continuation.resume()
        }
    }
}
