import Synchronization
package import Testing

/// A process-wide section that one test at a time may be in, for tests whose outcome depends on
/// how fast something answers: servers and shells whose tasks share the cooperative pool (two
/// threads on two cores), child processes, timeouts, and the few tests that keep both cores busy
/// for seconds. Every test target runs in one process under `swift test` on Linux, so one section
/// covers them all; the many fast pure tests stay outside it and run in parallel.
///
/// A waiting test holds no thread: its task is suspended until the test before it leaves. Once in,
/// it also waits (up to `quietLimit`) for the cooperative pool to have drained the jobs queued by
/// the tests outside, so that the start of a parallel run, when every pure test is queued at once,
/// does not starve it. Entering again from inside (a helper within an `.exclusive` test) is free.
///
/// Tests get in through `.exclusive` on their suite, or through a helper that enters for them:
/// HTTPTests' `withServer`, GatewayTests' `GatewayHarness.with`.
package enum ExclusiveSection {
    @TaskLocal private static var isInside = false

    private static let turnstile = Turnstile()

    /// Whether the running task is inside the section.
    package static var isHeld: Bool { isInside }

    /// The longest a test that got its turn waits for the pool to drain before it runs anyway.
    package static let quietLimit: Duration = .seconds(30)

    /// Runs `body` inside the section, waiting first for the test already inside to leave.
    package static func run<T>(
        isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T
    ) async throws -> T {
        if isInside { return try await body() }
        await turnstile.enter()
        defer { turnstile.leave() }
        await waitForQuietPool()
        return try await $isInside.withValue(true) { try await body() }
    }

    /// Waits until a yielded job runs again within a few milliseconds three times in a row:
    /// nothing else is then queued on the cooperative pool ahead of the test's own tasks. A yield
    /// queues behind every job already there, so a busy pool makes each probe wait its turn.
    private static func waitForQuietPool() async {
        let clock = ContinuousClock()
        let giveUp = clock.now + quietLimit
        var quietInARow = 0
        while quietInARow < 3, clock.now < giveUp {
            let start = clock.now
            await Task.yield()
            quietInARow = clock.now - start < .milliseconds(3) ? quietInARow + 1 : 0
        }
    }
}

/// A FIFO lock for async code: `enter` suspends the task (no thread is held) until it is its turn.
private final class Turnstile: Sendable {
    private struct State {
        var isTaken = false
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func enter() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isFree = state.withLock { state in
                if state.isTaken {
                    state.waiting.append(continuation)
                    return false
                }
                state.isTaken = true
                return true
            }
            if isFree { continuation.resume() }
        }
    }

    /// Hands the turn to the first waiter, if any: the section stays taken across the hand-over.
    func leave() {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            guard !state.waiting.isEmpty else {
                state.isTaken = false
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume()
    }
}

/// Runs each test of a suite (each case of a parameterised test) inside `ExclusiveSection`.
package struct ExclusiveTrait: SuiteTrait, TestTrait, TestScoping {
    package var isRecursive: Bool { true }

    /// Each test case on its own, not a whole parameterised test: the other tests get turns between.
    package func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? { testCase == nil ? nil : self }

    package func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        try await ExclusiveSection.run { try await function() }
    }
}

extension Trait where Self == ExclusiveTrait {
    /// Runs each test in the process-wide `ExclusiveSection`: one such test at a time, on a pool
    /// that the parallel pure tests have drained. For tests that assert timing or keep cores busy.
    package static var exclusive: Self { ExclusiveTrait() }
}
