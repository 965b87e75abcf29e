import Synchronization

/// A value delivered once and awaited by one task: how a worker answers the task that sent a job.
///
/// `fulfil` may come before or after `value()` starts waiting; a second `fulfil` is ignored.
final class Reply<Value: Sendable>: Sendable {
    private enum State {
        case empty
        case waiting(CheckedContinuation<Value, any Error>)
        case fulfilled(Value)
        case abandoned
    }

    private let state = Mutex(State.empty)

    init() {}

    func fulfil(_ value: Value) {
        let waiter: CheckedContinuation<Value, any Error>? = state.withLock { state in
            switch state {
            case .empty:
                state = .fulfilled(value)
                return nil
            case .waiting(let continuation):
                state = .fulfilled(value)
                return continuation
            case .fulfilled, .abandoned: return nil
            }
        }
        waiter?.resume(returning: value)
    }

    /// The value, once fulfilled.
    /// - Throws: `CancellationError` when the waiting task is cancelled first; the sender's work
    ///   goes on, only its answer is dropped.
    func value() async throws -> Value {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Value, any Error>) in
                let result: Result<Value, any Error>? = state.withLock { state in
                    switch state {
                    case .fulfilled(let value): return .success(value)
                    case .abandoned: return .failure(CancellationError())
                    case .waiting: preconditionFailure("a reply has one reader")
                    case .empty:
                        if Task.isCancelled {
                            state = .abandoned
                            return .failure(CancellationError())
                        }
                        state = .waiting(continuation)
                        return nil
                    }
                }
                if let result { continuation.resume(with: result) }
            }
        } onCancel: {
            let waiter: CheckedContinuation<Value, any Error>? = state.withLock { state in
                switch state {
                case .waiting(let continuation):
                    state = .abandoned
                    return continuation
                case .empty:
                    state = .abandoned
                    return nil
                case .fulfilled, .abandoned: return nil
                }
            }
            waiter?.resume(throwing: CancellationError())
        }
    }
}
