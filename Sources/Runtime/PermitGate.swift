import Synchronization

/// At most `permits` holders at once; others wait in arrival order, without polling.
///
/// How a client command runs in its caller's task while the number running at once stays bounded
/// like a channel's worker pool: `acquire` takes a permit (at once while one is free), `release`
/// hands it to the first waiter. Closing refuses new and waiting acquirers; holders keep theirs.
///
/// ```swift
/// let gate = PermitGate(permits: 256)
/// try await gate.acquire()
/// defer { gate.release() }
/// ```
final class PermitGate: Sendable {
    private struct Waiter {
        var id: UInt64
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var available: Int
        var waiters = Queue<Waiter>()
        var isClosed = false
        var nextID: UInt64 = 0
    }

    private let state: Mutex<State>
    /// What `acquire` throws once the gate is closed.
    private let refusal: any Error

    init(permits: Int, refusal: any Error) {
        precondition(permits > 0, "a gate needs one permit")
        state = Mutex(State(available: permits))
        self.refusal = refusal
    }

    var isClosed: Bool { state.withLock { $0.isClosed } }

    /// Takes a permit, waiting while none is free.
    /// - Throws: the gate's `refusal` after `close()`, `CancellationError` when the task is
    ///   cancelled while waiting (no permit is then held).
    func acquire() async throws {
        let taken: Bool? = state.withLock { state in
            if state.isClosed { return nil }
            guard state.available > 0 else { return false }
            state.available -= 1
            return true
        }
        guard let taken else { throw refusal }
        if !taken { try await wait() }
    }

    private func wait() async throws {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let result: Result<Void, any Error>? = state.withLock { state in
                    // Under the lock: a cancellation whose handler already ran has set the flag.
                    if Task.isCancelled { return .failure(CancellationError()) }
                    if state.isClosed { return .failure(refusal) }
                    if state.available > 0 {
                        state.available -= 1
                        return .success(())
                    }
                    state.waiters.append(Waiter(id: id, continuation: continuation))
                    return nil
                }
                if let result { continuation.resume(with: result) }
            }
        } onCancel: {
            state.withLock { $0.waiters.remove { $0.id == id } }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Gives a permit back: to the first waiter, or to the pool.
    func release() {
        let next: CheckedContinuation<Void, any Error>? = state.withLock { state in
            if let waiter = state.waiters.popFirst() { return waiter.continuation }
            state.available += 1
            return nil
        }
        next?.resume()
    }

    /// Refuses every later `acquire` and the waiting ones.
    func close() {
        let waiting: Queue<Waiter> = state.withLock { state in
            state.isClosed = true
            defer { state.waiters = Queue() }
            return state.waiters
        }
        for waiter in waiting { waiter.continuation.resume(throwing: refusal) }
    }
}
