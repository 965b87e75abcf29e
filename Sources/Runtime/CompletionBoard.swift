package import LOW
import Synchronization

/// Which processes have ended, by correlation id, and who is waiting for them: the wait behind
/// `OperatorMeta.completesOn` (a TransferMoney answers once its transfer is COMPLETED or FAILED).
///
/// A process's end is recorded as the log position of its closing event; the caller then waits
/// for the projections to pass that position. Ends are kept, so a waiter that comes late (a
/// client's retry, even after a restart, which replays the log) is answered at once.
package final class CompletionBoard: Sendable {
    private struct State {
        var ends: [ID: Int64] = [:]
        var waiters: [ID: [UInt64: CheckedContinuation<Int64, any Error>]] = [:]
        var nextID: UInt64 = 0
    }

    private let state = Mutex(State())

    package init() {}

    /// Records that the process `correlationID` ended with the event at `position`; the first end wins.
    package func record(_ correlationID: ID, endedAt position: Int64) {
        let released = state.withLock { state -> [CheckedContinuation<Int64, any Error>] in
            guard state.ends[correlationID] == nil else { return [] }
            state.ends[correlationID] = position
            return state.waiters.removeValue(forKey: correlationID).map { Array($0.values) } ?? []
        }
        for continuation in released { continuation.resume(returning: position) }
    }

    /// The position of the event that ended `correlationID`, `nil` while it runs.
    package func end(of correlationID: ID) -> Int64? { state.withLock { $0.ends[correlationID] } }

    /// The position of the event that ends `correlationID`, waiting for it if need be.
    /// - Throws: `CancellationError` when the task is cancelled first.
    package func wait(for correlationID: ID) async throws -> Int64 {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int64, any Error>) in
                let result: Result<Int64, any Error>? = state.withLock { state in
                    if let end = state.ends[correlationID] { return .success(end) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiters[correlationID, default: [:]][id] = continuation
                    return nil
                }
                if let result { continuation.resume(with: result) }
            }
        } onCancel: {
            let cancelled = state.withLock { state in
                state.waiters[correlationID]?.removeValue(forKey: id)
            }
            cancelled?.resume(throwing: CancellationError())
        }
    }
}
