import Synchronization

/// How far each of a fixed set of subscribers (projectors, or process managers) has read the
/// event log, and who is waiting for them: the read-your-writes wait by position.
///
/// A waiter for position `p` returns once every participant has passed `p`. Checking and
/// registering happen under one lock, so a report between the two can't be missed.
///
/// ```swift
/// let board = ProgressBoard(participants: ["accounts", "transfers"])
/// try await board.wait(until: outcome.events.last!.position)   // all projections have it
/// ```
package final class ProgressBoard: Sendable {
    private struct Waiter {
        var target: Int64
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var positions: [String: Int64]
        var waiters: [UInt64: Waiter] = [:]
        var nextID: UInt64 = 0

        /// The position every participant has passed; unbounded when there are none.
        var low: Int64 { positions.values.min() ?? .max }
    }

    private let state: Mutex<State>

    package init(participants: some Sequence<String>) {
        state = Mutex(State(positions: Dictionary(participants.map { ($0, 0) }, uniquingKeysWith: { a, _ in a })))
    }

    /// The position every participant has passed (`Int64.max` without participants).
    package var low: Int64 { state.withLock { $0.low } }

    /// The position `participant` has passed, `nil` when it is not one.
    package func position(of participant: String) -> Int64? { state.withLock { $0.positions[participant] } }

    /// Records that `participant` has applied every event up to `position`; never moves back.
    package func report(_ participant: String, passed position: Int64) {
        let released: [CheckedContinuation<Void, any Error>] = state.withLock { state in
            guard let old = state.positions[participant], position > old else { return [] }
            let oldLow = state.low
            state.positions[participant] = position
            let low = state.low
            guard low > oldLow else { return [] }
            let due = state.waiters.filter { $0.value.target <= low }
            for id in due.keys { state.waiters[id] = nil }
            return due.values.map(\.continuation)
        }
        for continuation in released { continuation.resume() }
    }

    /// Returns once every participant has passed `position` (at once if they already have).
    /// - Throws: `CancellationError` when the task is cancelled first.
    package func wait(until position: Int64) async throws {
        let id: UInt64? = state.withLock { state in
            if state.low >= position { return nil }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let result: Result<Void, any Error>? = state.withLock { state in
                    if state.low >= position { return .success(()) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiters[id] = Waiter(target: position, continuation: continuation)
                    return nil
                }
                if let result { continuation.resume(with: result) }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }
}
