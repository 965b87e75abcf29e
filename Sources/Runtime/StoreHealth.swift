import LOW
import Synchronization

/// How the event store has been answering the runtime's loops: how many of its operations failed,
/// and whether any loop is failing now (`CatalogRuntime.isReady`, `store_failures_total`).
///
/// A failure counts here; a loop is failing from its first failure until its next success (see
/// `StoreRetry`), so the store is failing while any loop is.
package final class StoreHealth: Sendable {
    private let failures = Atomic<Int>(0)
    private let failingLoops = Atomic<Int>(0)

    package init() {}

    /// Store operations that failed since start.
    package var failureCount: Int { failures.load(ordering: .relaxed) }

    /// Whether a loop's last store operation failed.
    package var isFailing: Bool { failingLoops.load(ordering: .acquiring) > 0 }

    func recordFailure() { failures.add(1, ordering: .relaxed) }

    func loopStartedFailing() { failingLoops.add(1, ordering: .releasing) }

    func loopRecovered() { failingLoops.subtract(1, ordering: .releasing) }
}

/// One loop's retries of an event store that fails (a lost connection: an operational failure):
/// a pause that doubles from 1 ms to at most 1 s between attempts, and the loop's part in
/// `StoreHealth`. A value per loop, so a success costs a comparison and no lock.
struct StoreRetry {
    static let firstPause = Duration.milliseconds(1)
    static let longestPause = Duration.seconds(1)

    let health: StoreHealth
    /// The pause before the next attempt; zero while the loop's last operation succeeded.
    private var pause = Duration.zero

    init(health: StoreHealth) { self.health = health }

    /// Records a failed attempt and waits before the next.
    /// - Throws: `CancellationError` when the task is cancelled (then the loop stops, no longer failing).
    mutating func failed() async throws {
        do {
            try Task.checkCancellation()
            health.recordFailure()
            if pause == .zero {
                health.loopStartedFailing()
                pause = Self.firstPause
            } else {
                pause = min(pause * 2, Self.longestPause)
            }
            try await Task.sleep(for: pause)
        } catch {
            // A loop that stops is not failing any more.
            succeeded()
            throw error
        }
    }

    /// Records that the loop's store operation succeeded: it is no longer failing.
    mutating func succeeded() {
        guard pause != .zero else { return }
        pause = .zero
        health.loopRecovered()
    }

    /// Runs `operation` until it succeeds, pausing after each failure.
    /// - Parameter isAnswer: errors that are the store's answer, not its failure (the fence's
    ///   `checkpointMoved`): rethrown at once, and the store counts as answering.
    /// - Throws: `CancellationError` when the task is cancelled first, or an error `isAnswer` takes.
    mutating func untilSuccess<T>(
        isAnswer: (any Error) -> Bool = { _ in false }, _ operation: () async throws -> T
    ) async throws -> T {
        while true {
            do {
                let value = try await operation()
                succeeded()
                return value
            } catch  where isAnswer(error) {
                succeeded()
                throw error
            } catch {
                try await failed()
            }
        }
    }

    /// The fence's answer: another runner moved the checkpoint (`ReadModelError.checkpointMoved`).
    static func isFence(_ error: any Error) -> Bool { error is ReadModelError }
}
