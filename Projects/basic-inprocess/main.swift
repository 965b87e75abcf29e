import Glibc
import LOW
import Launch
import Runtime

// basic-inprocess: commands as JSON lines on stdin, outcomes as JSON lines on stdout, in order.

let options = Launch.options(Options.parser, defaults: Options())
let stop = StopSignal.install()

let shell: CatalogRuntime
do { shell = try Wiring.shell(options) } catch {
    Launch.fail("basic-inprocess", "cannot open the event log: \(error)")
}
// Detached: a plain `Task` here would belong to the main actor, which reading stdin below blocks.
let running = Task.detached { try await shell.run() }
let lifecycle = Lifecycle(shell: shell, running: running)
lifecycle.handleSignals(stop)
try await shell.waitUntilReady()

/// Writes one answer line, unbuffered, so a client reading a pipe sees it at once.
func emit(_ answer: Answer) { Console.output(answer.line) }

// Lines are answered one at a time, in order. Reading blocks, but only the main thread: the
// shell's tasks run on the cooperative pool.
var input = StandardInput()
while let line = input.nextLine() {
    guard lifecycle.beginAnswer() else { break }
    switch Lines.request(from: line, now: Timestamp.now()) {
    case .invalid(let answer): emit(answer)
    case .command(let envelope):
        do { emit(Lines.answer(for: try await shell.submit(envelope))) } catch {
            Console.error("basic-inprocess: \(envelope.name) \(envelope.id) failed: \(error)")
            emit(Answer.error("INTERNAL", "internal error"))
        }
    }
    if lifecycle.endAnswer() { await lifecycle.end() }
}

// End of input, or a line read after a signal whose handler is already ending the process.
if lifecycle.inputEnded() { await lifecycle.end() }
await lifecycle.waitForTheEnd()
