import Synchronization

/// Counts work in progress and lets a task wait until there is none: how a graceful stop knows
/// that every accepted command has run.
final class ActivityCounter: Sendable {
    private struct State {
        var active = 0
        var waiters: [UInt64: CheckedContinuation<Void, any Error>] = [:]
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    var isIdle: Bool { state.withLock { $0.active == 0 } }

    func enter() { state.withLock { $0.active += 1 } }

    func leave() {
        let released: [CheckedContinuation<Void, any Error>] = state.withLock { state in
            state.active -= 1
            guard state.active == 0 else { return [] }
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for continuation in released { continuation.resume() }
    }

    func waitUntilIdle() async throws {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let result: Result<Void, any Error>? = state.withLock { state in
                    if state.active == 0 { return .success(()) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiters[id] = continuation
                    return nil
                }
                if let result { continuation.resume(with: result) }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume(throwing: CancellationError())
        }
    }
}
