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
