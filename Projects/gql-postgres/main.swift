import Functions
import LOW
import Launch
import Postgres

// gql-postgres: GraphQL over HTTP over the PostgreSQL shell; any number of these share a database.

let program = "gql-postgres"
if CommandLine.arguments.dropFirst().first == "rebuild" { await Rebuild.run(Array(CommandLine.arguments.dropFirst(2))) }
let options = Launch.options(Options.parser, defaults: Options())
let stop = StopSignal.install()

let eventPool: PostgresPool
let commitPool: PostgresPool
let readModelPool: PostgresPool
do {
    try await Wiring.makeSchema(options)
    eventPool = try await Wiring.pool(options)
    commitPool = try await Wiring.pool(options, size: 1)
    readModelPool = try await Wiring.pool(options, settings: Wiring.readModelSettings)
} catch {
    // The URL is not echoed: it may hold a password.
    Launch.fail(program, "cannot connect to the database (--database-url): \(error)")
}
let leases = Wiring.leases(options)
let events = Wiring.eventStore(options, events: eventPool, commits: commitPool)
let runtime = Wiring.runtime(options, events: events, readModels: readModelPool, leases: leases)
let metrics = [
    PoolMetrics(pool: eventPool, name: "events"), PoolMetrics(pool: commitPool, name: "commits"),
    PoolMetrics(pool: readModelPool, name: "read_models"),
]

await Launch.serveGraphQL(
    program, options: options.serving, runtime: runtime, queries: Domain.queries, stop: stop,
    extraMetrics: { PoolMetrics.text(metrics) },
    flush: {
        await runtime.events.stop()
        await runtime.readModels.stop()
        await eventPool.close()
        await commitPool.close()
        await readModelPool.close()
        await leases.close()
    })
