import Functions
import InProcess
import LOW
import Launch

// gql-inprocess: GraphQL over HTTP over the in-process shell and the file log (the embedded default).

let program = "gql-inprocess"
if CommandLine.arguments.dropFirst().first == "repair" { Repair.run(Array(CommandLine.arguments.dropFirst(2))) }
let options = Launch.options(Options.parser, defaults: Options())
let stop = StopSignal.install()

let events: any EventStore
do { events = try Wiring.eventStore(options) } catch let damage as LogDamage {
    // Never cut, never changed: the operator decides, with `repair`.
    Launch.fail(program, LogMessages.refused(damage, directory: options.dataDirectory))
} catch {
    Launch.fail(program, "cannot open the event log in \(options.dataDirectory): \(error)")
}
let log = events as? FileEventLog
if let log {
    if let line = LogMessages.cut(log.recovery, directory: options.dataDirectory) {
        Console.error("\(program): \(line)")
    }
    WriteFailureExit.watch(log, program: program, directory: options.dataDirectory)
}
let logMetrics = log.map(LogMetrics.init)

await Launch.serveGraphQL(
    program, options: options.serving, runtime: Wiring.runtime(options, events: events), queries: Domain.queries,
    stop: stop, extraMetrics: { logMetrics?.text() ?? "" },
    flush: {
        await events.stop()
        // A write that failed while the shell drained: the exit must say so, not 0.
        if let log, !log.isWritable, let failure = try? await log.writeFailure() {
            Launch.fail(program, LogMessages.stopped(failure, directory: options.dataDirectory))
        }
    })
