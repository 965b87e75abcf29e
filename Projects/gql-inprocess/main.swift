import Gateway
import Glibc
import GraphQL
import HTTP
import InProcess
import LOW
import Launch

// gql-inprocess: GraphQL over HTTP over the in-process shell and the file log (the embedded default).

let program = "gql-inprocess"
if CommandLine.arguments.dropFirst().first == "repair" { Repair.run(Array(CommandLine.arguments.dropFirst(2))) }
let options = Launch.options(Options.parser, defaults: Options())
let stop = StopSignal.install()

let schema: Schema
do { schema = try SchemaBuilder.build(directory: options.schemaFolder) } catch {
    Launch.fail(program, "cannot read the schema in \(options.schemaFolder): \(error)")
}
let events: any EventStore
do { events = try Wiring.eventStore(options) } catch let damage as LogDamage {
    // Never cut, never changed: the operator decides, with `repair`.
    Launch.fail(program, LogMessages.refused(damage, directory: options.dataDirectory))
} catch {
    Launch.fail(program, "cannot open the event log in \(options.dataDirectory): \(error)")
}
if let log = events as? FileEventLog {
    if let line = LogMessages.cut(log.recovery, directory: options.dataDirectory) {
        Console.error("\(program): \(line)")
    }
    WriteFailureExit.watch(log, program: program, directory: options.dataDirectory)
}
let shell = Wiring.shell(options, events: events)
let serverMetrics = ServerMetrics()
let gateway: Gateway
do { gateway = try Wiring.gateway(options, schema: schema, backend: shell, serverMetrics: serverMetrics) } catch {
    Launch.fail(program, "the schema does not match the domain: \(error)")
}
let server = Wiring.server(options, responder: gateway)
serverMetrics.attach(server)
let port: Int
do { port = try server.start() } catch {
    Launch.fail(program, "cannot listen on \(options.host):\(options.port): \(error)")
}

// The shell replays the log into the read models while the server already answers: /ready says
// 503 until it has caught up.
await Launch.serve(
    program, server: server, host: options.host, port: port, stop: stop, run: shell.run, stopShell: shell.shutdown,
    flush: {
        await events.stop()
        // A write that failed while the shell drained: the exit must say so, not 0.
        if let log = events as? FileEventLog, !log.isWritable, let failure = try? await log.writeFailure() {
            Launch.fail(program, LogMessages.stopped(failure, directory: options.dataDirectory))
        }
    })
