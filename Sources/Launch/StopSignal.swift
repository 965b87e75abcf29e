import Dispatch
import Glibc
import Synchronization

/// SIGTERM and SIGINT as one graceful "stop" that tasks can wait for and handlers can observe
/// (CONTRACT.md: stop accepting, finish what is in flight, flush, exit 0).
///
/// A second signal while the first stop is still running ends the process at once with status
/// 130, so an operator can always get out of a shutdown that hangs.
///
/// ```swift
/// let stop = StopSignal.install()
/// await stop.wait()        // returns on the first SIGTERM or SIGINT
/// ```
package final class StopSignal: Sendable {
    private struct State {
        var signal: Int32?
        var waiters: [CheckedContinuation<Int32, Never>] = []
        var handlers: [@Sendable (Int32) -> Void] = []
    }

    private let state = Mutex(State())
    // Written once in `install`, before any other thread can see the object, and never read:
    // the sources only have to live as long as the process watches.
    private nonisolated(unsafe) var sources: [any DispatchSourceSignal] = []

    private init() {}

    /// Starts watching SIGTERM and SIGINT. Call it once, early in `main`.
    package static func install() -> StopSignal {
        let stop = StopSignal()
        stop.sources = [SIGTERM, SIGINT].map { number in
            // Linux's libdispatch installs its own handler for a signal source; ignoring the
            // signal first (as Darwin's kqueue needs) would make the kernel drop it unseen.
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { stop.received(number) }
            source.resume()
            return source
        }
        return stop
    }

    /// True once a signal has asked to stop.
    package var isRequested: Bool { state.withLock { $0.signal != nil } }

    /// Runs `handler` on the first stop (at once if it already came), on a Dispatch thread.
    package func onStop(_ handler: @escaping @Sendable (Int32) -> Void) {
        let signal = state.withLock { state -> Int32? in
            if state.signal == nil { state.handlers.append(handler) }
            return state.signal
        }
        if let signal { handler(signal) }
    }

    /// Returns the signal's number once a stop has been asked for.
    @discardableResult
    package func wait() async -> Int32 {
        await withCheckedContinuation { continuation in
            let signal = state.withLock { state -> Int32? in
                if state.signal == nil { state.waiters.append(continuation) }
                return state.signal
            }
            if let signal { continuation.resume(returning: signal) }
        }
    }

    private typealias Woken = (waiters: [CheckedContinuation<Int32, Never>], handlers: [@Sendable (Int32) -> Void])

    private func received(_ number: Int32) {
        let woken = state.withLock { state -> Woken? in
            guard state.signal == nil else { return nil }
            state.signal = number
            defer {
                state.waiters = []
                state.handlers = []
            }
            return (state.waiters, state.handlers)
        }
        guard let woken else {
            // The second signal: 128 + SIGINT, as shells report an interrupted program.
            Glibc._exit(130)
        }
        for handler in woken.handlers { handler(number) }
        for waiter in woken.waiters { waiter.resume(returning: number) }
    }
}
