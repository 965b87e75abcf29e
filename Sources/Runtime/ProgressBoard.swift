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
        /// When the wait gives up (answers `false`); `nil`: never.
        var deadline: ContinuousClock.Instant?
        var continuation: CheckedContinuation<Bool, any Error>
    }

    private struct State {
        var positions: [String: Int64]
        var waiters: [UInt64: Waiter] = [:]
        var nextID: UInt64 = 0
        /// The earliest instant a sweeper task sleeps until, `nil` when none runs.
        var armed: ContinuousClock.Instant?

        /// The position every participant has passed; unbounded when there are none.
        var low: Int64 { positions.values.min() ?? .max }
    }

    private let state: Mutex<State>

    package init(participants: some Sequence<String>) {
        state = Mutex(State(positions: Dictionary(participants.map { ($0, 0) }, uniquingKeysWith: { a, _ in a })))
    }

    /// The position every participant has passed (`Int64.max` without participants).
    package var low: Int64 { state.withLock { $0.low } }

    /// Whether some task waits for a position: a follower polls the database faster meanwhile.
    package var hasWaiters: Bool { state.withLock { !$0.waiters.isEmpty } }

    /// The position `participant` has passed, `nil` when it is not one.
    package func position(of participant: String) -> Int64? { state.withLock { $0.positions[participant] } }

    /// Records that `participant` has applied every event up to `position`; never moves back.
    package func report(_ participant: String, passed position: Int64) {
        let released: [CheckedContinuation<Bool, any Error>] = state.withLock { state in
            guard let old = state.positions[participant], position > old else { return [] }
            let oldLow = state.low
            state.positions[participant] = position
            let low = state.low
            guard low > oldLow else { return [] }
            let due = state.waiters.filter { $0.value.target <= low }
            for id in due.keys { state.waiters[id] = nil }
            return due.values.map(\.continuation)
        }
        for continuation in released { continuation.resume(returning: true) }
    }

    /// Returns once every participant has passed `position` (at once if they already have).
    /// - Throws: `CancellationError` when the task is cancelled first.
    package func wait(until position: Int64) async throws {
        _ = try await wait(until: position, deadline: nil)
    }

    /// Waits until every participant has passed `position`, or until `deadline`.
    ///
    /// No timer task per wait: one sweeper task per board sleeps until the earliest deadline,
    /// where a task group per mutation cost two child tasks and a timer armed and cancelled.
    /// - Returns: `false` when `deadline` came first.
    /// - Throws: `CancellationError` when the task is cancelled first.
    package func wait(until position: Int64, deadline: ContinuousClock.Instant?) async throws -> Bool {
        let id: UInt64? = state.withLock { state in
            if state.low >= position { return nil }
            state.nextID += 1
            return state.nextID
        }
        guard let id else { return true }
        if let deadline, deadline <= .now { return false }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Bool, any Error>) in
                var sweep: ContinuousClock.Instant?
                let result: Result<Bool, any Error>? = state.withLock { state in
                    if state.low >= position { return .success(true) }
                    if Task.isCancelled { return .failure(CancellationError()) }
                    state.waiters[id] = Waiter(target: position, deadline: deadline, continuation: continuation)
                    if let deadline, state.armed.map({ deadline < $0 }) ?? true {
                        state.armed = deadline
                        sweep = deadline
                    }
                    return nil
                }
                if let result { continuation.resume(with: result) }
                if let sweep { Task { await self.sweep(from: sweep) } }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Sleeps until `instant`, answers `false` to the waiters whose deadline has passed, and goes on
    /// to the next deadline while it is the sweeper armed earliest; ends when no deadline is left.
    private func sweep(from instant: ContinuousClock.Instant) async {
        var instant = instant
        while true {
            try? await Task.sleep(until: instant, clock: .continuous)
            let now = ContinuousClock.now
            let (expired, next): ([CheckedContinuation<Bool, any Error>], ContinuousClock.Instant?) =
                state.withLock { state in
                    var expired: [CheckedContinuation<Bool, any Error>] = []
                    var next: ContinuousClock.Instant?
                    for (id, waiter) in state.waiters {
                        guard let deadline = waiter.deadline else { continue }
                        if deadline <= now {
                            expired.append(waiter.continuation)
                            state.waiters[id] = nil
                        } else if next.map({ deadline < $0 }) ?? true {
                            next = deadline
                        }
                    }
                    // A sweeper armed for an earlier instant since took over; this one ends.
                    guard state.armed == instant else { return (expired, nil) }
                    state.armed = next
                    return (expired, next)
                }
            for continuation in expired { continuation.resume(returning: false) }
            guard let next else { return }
            instant = next
        }
    }
}
