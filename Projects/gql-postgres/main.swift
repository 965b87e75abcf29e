import Functions
import LOW
import Launch
import Postgres

// gql-postgres: GraphQL over HTTP over the PostgreSQL shell; any number of these share a database.

let program = "gql-postgres"
if CommandLine.arguments.dropFirst().first == "rebuild" { await Rebuild.run(Array(CommandLine.arguments.dropFirst(2))) }
let options = Launch.options(Options.parser, defaults: Options())
let stop = StopSignal.install()

let deployment: PostgresDeployment
do { deployment = try await Wiring.deployment(options) } catch {
    // The URL is not echoed: it may hold a password.
    Launch.fail(program, "cannot connect to the database (--database-url): \(error)")
}
let metrics = deployment.poolMetrics

await Launch.serveGraphQL(
    program, options: options.serving, runtime: Wiring.runtime(options, deployment: deployment),
    queries: Domain.queries, stop: stop, extraMetrics: { PoolMetrics.text(metrics) },
    flush: { await deployment.close() })
