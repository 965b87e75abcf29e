import Glibc
import Launch
import Runtime
import Synchronization

/// Ends basic-inprocess exactly once, at the end of input or on SIGTERM/SIGINT, whichever comes
/// first (CONTRACT.md: stop accepting, finish the request in flight, flush, exit 0).
///
/// Whoever sees the stop first while no line is being answered ends the process; a stop that
/// arrives while a line is being answered is left to the main loop, which ends after writing it.
final class Lifecycle: Sendable {
    private struct State {
        var isAnswering = false
        var isStopping = false
    }

    private let state = Mutex(State())
    private let shell: CatalogRuntime
    private let running: Task<Void, any Error>

    init(shell: CatalogRuntime, running: Task<Void, any Error>) {
        self.shell = shell
        self.running = running
    }

    /// Turns SIGTERM and SIGINT into a graceful stop.
    func handleSignals(_ stop: StopSignal) {
        stop.onStop { [self] _ in stopRequested() }
    }

    /// Before answering a line: `false` once stopping, and the line is then left unanswered.
    func beginAnswer() -> Bool {
        state.withLock { state in
            guard !state.isStopping else { return false }
            state.isAnswering = true
            return true
        }
    }

    /// After writing a line's answer: `true` when a stop came meanwhile, so the caller must end.
    func endAnswer() -> Bool {
        state.withLock { state in
            state.isAnswering = false
            return state.isStopping
        }
    }

    /// The end of input: `true` when the caller must end, `false` when a signal already does.
    func inputEnded() -> Bool {
        state.withLock { state in
            defer { state.isStopping = true }
            return !state.isStopping
        }
    }

    private func stopRequested() {
        let isIdle = state.withLock { state in
            defer { state.isStopping = true }
            return !state.isStopping && !state.isAnswering
        }
        shell.shutdown()
        if isIdle { Task { await self.end() } }
    }

    /// Lets the accepted work finish (process managers included), closes the log, exits.
    func end() async -> Never {
        shell.shutdown()
        do { try await running.value } catch {
            Console.error("basic-inprocess: \(error)")
            exit(1)
        }
        await shell.events.stop()
        exit(0)
    }

    /// For the main loop when a signal's handler is ending the process: waits for the exit.
    func waitForTheEnd() async -> Never {
        while true { try? await Task.sleep(for: .seconds(60)) }
    }
}
