import Functions
import Glibc
import LOW
import Postgres
import Runtime
import Synchronization

extension BenchGroup {
    /// `postgres.mutations.c1`, `.c8`, `.c64`, `postgres.commands.c64` and `postgres.query.c64`,
    /// each beside pgbench on the same server in the same run (`PostgresBenchmarks`). Without a
    /// server or pgbench it reports one skip line. `BENCH_POSTGRES_SECONDS` sets each run's length
    /// (10 s).
    static let postgres = BenchGroup(name: "postgres", namePrefixes: ["postgres."]) { isSelected, report in
        guard ChildProcess.isOnPath("pgbench") else {
            report(PostgresBenchmarks.skipped("pgbench is not on PATH"))
            return
        }
        let server: PostgresBenchServer
        do {
            server = try await PostgresBenchServer.open()
        } catch let unavailable as PostgresBenchServer.Unavailable {
            report(PostgresBenchmarks.skipped(unavailable.reason))
            return
        }
        let seconds = getenv("BENCH_POSTGRES_SECONDS").flatMap { Int(String(cString: $0)) } ?? 10
        do {
            try await PostgresBenchmarks(url: server.databaseURL, seconds: seconds).run(isSelected, report)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }
}

/// The shell on PostgreSQL as a server runs it, without HTTP: `CatalogRuntime.submit` of
/// `InviteCustomer` (fresh emails) over `PostgresEventStore` and `PostgresReadModelStore`, each
/// answer waiting for its projection; and reads of one row by id through the read-model store.
/// Each is compared with pgbench at the same client count on the same server, just before:
/// `-N` (one durable transaction per request) for writes, `-S` for reads.
struct PostgresBenchmarks {
    var url: String
    var seconds: Int
    /// Connections of each of the deployment's pools, as gql-postgres's `--database-pool`.
    var connections = 16

    static func skipped(_ reason: String) -> Measurement {
        Measurement(name: "postgres.skipped", value: 0, unit: "none", details: ["skipped": .string(reason)])
    }

    func run(_ isSelected: (String) -> Bool, _ report: (Measurement) -> Void) async throws {
        try await Pgbench.initialize(url)
        // The stores as gql-postgres opens them, in a schema of the bench's own.
        var configuration = PostgresDeployment.Configuration(url: url)
        configuration.schema = "bench"
        configuration.poolSize = connections
        let deployment = try await PostgresDeployment.open(configuration)
        let shell = CatalogRuntime(
            catalog: Domain.catalog, events: deployment.events, readModels: deployment.readModels,
            leases: deployment.leases)
        let running = Task { try await shell.run() }
        do {
            try await shell.waitUntilReady()
            try await measure(shell, deployment.events, deployment.readModels, isSelected, report)
            shell.shutdown()
            try await running.value
        } catch {
            running.cancel()
            await deployment.close()
            throw error
        }
        await deployment.close()
    }

    private func measure(
        _ shell: CatalogRuntime, _ events: PostgresEventStore, _ readModels: PostgresReadModelStore,
        _ isSelected: (String) -> Bool, _ report: (Measurement) -> Void
    ) async throws {
        let customers = CustomerIDs()
        var pgbenchWrites: [Int: Double] = [:]
        for clients in [1, 8, 64] where isSelected("postgres.mutations.c\(clients)") {
            let tps = try await Pgbench.tps(url, mode: "-N", clients: clients, seconds: seconds)
            pgbenchWrites[clients] = tps
            let serverBefore = ServerCPU.seconds()
            var load = try await ClientLoad(clients: clients, seconds: seconds).run { client, call in
                let email = "m\(clients)-\(client)-\(call)@example.com"
                let result = try await shell.submit(Fixtures.command(InviteCustomer.name, ["email": .string(email)]))
                guard case .accepted(let recorded) = result.outcome, !result.isPending else {
                    throw Fixtures.FixtureFailure(message: "InviteCustomer answered \(result)")
                }
                customers.add(recorded.first?.payload["id"]?.stringValue)
            }
            load.serverCPU = ServerCPU.seconds().flatMap { after in serverBefore.map { after - $0 } }
            report(Self.measurement("postgres.mutations.c\(clients)", load, clients: clients, pgbench: tps))
        }
        if isSelected("postgres.commands.c64") {
            // The executor straight on the event store: commits without waiting for projections.
            var tps = pgbenchWrites[64] ?? 0
            if tps == 0 { tps = try await Pgbench.tps(url, mode: "-N", clients: 64, seconds: seconds) }
            let invite = Domain.catalog.handler(for: InviteCustomer.name)
            let serverBefore = ServerCPU.seconds()
            var load = try await ClientLoad(clients: 64, seconds: seconds).run { client, call in
                let email = "x-\(client)-\(call)@example.com"
                let outcome = try await invite?.execute(
                    Fixtures.command(InviteCustomer.name, ["email": .string(email)]), store: events)
                guard case .accepted? = outcome else {
                    throw Fixtures.FixtureFailure(message: "InviteCustomer answered \(String(describing: outcome))")
                }
            }
            load.serverCPU = ServerCPU.seconds().flatMap { after in serverBefore.map { after - $0 } }
            report(Self.measurement("postgres.commands.c64", load, clients: 64, pgbench: tps))
        }
        if isSelected("postgres.query.c64") {
            if customers.count == 0 {
                let result = try await shell.submit(
                    Fixtures.command(InviteCustomer.name, ["email": .string("query@example.com")]))
                customers.add(result.outcome.events.first?.payload["id"]?.stringValue)
            }
            let ids = customers.all
            let tps = try await Pgbench.tps(url, mode: "-S", clients: 64, seconds: seconds)
            let serverBefore = ServerCPU.seconds()
            var load = try await ClientLoad(clients: 64, seconds: seconds).run { client, call in
                let id = ids[(client &* 7919 &+ call) % ids.count]
                guard try await readModels.row(Customer.self, id: id) != nil else {
                    throw Fixtures.FixtureFailure(message: "no customer \(id)")
                }
            }
            load.serverCPU = ServerCPU.seconds().flatMap { after in serverBefore.map { after - $0 } }
            report(Self.measurement("postgres.query.c64", load, clients: 64, pgbench: tps))
        }
        if isSelected("postgres.rebuild") { report(try await PostgresRebuildBenchmark(url: url).run()) }
    }

    private static func measurement(_ name: String, _ load: ClientLoad.Summary, clients: Int, pgbench: Double)
        -> Measurement
    {
        Measurement(
            name: name, value: load.perSecond, unit: "ops/s",
            details: [
                "p50_ms": .double(Measurement.rounded(load.p50 * 1000)),
                "p99_ms": .double(Measurement.rounded(load.p99 * 1000)),
                "pgbench_tps": .double(Measurement.rounded(pgbench)),
                "ratio": .double(Measurement.rounded(load.perSecond / pgbench)), "clients": .int(clients),
                "operations": .int(load.operations), "seconds": .double(Measurement.rounded(load.elapsed)),
                "cpu_seconds": .double(Measurement.rounded(load.cpu)),
                "server_cpu_seconds": load.serverCPU.map { .double(Measurement.rounded($0)) } ?? .null,
                // Both sides' CPU per operation, in microseconds.
                "cpu_us_per_op": load.serverCPU.map {
                    .double(Measurement.rounded((load.cpu + $0) / Double(max(1, load.operations)) * 1e6))
                } ?? .null,
            ])
    }
}

/// Ids of customers the mutations made (the first 10,000), for the reads to look up.
private final class CustomerIDs: Sendable {
    private let ids = Mutex<[String]>([])

    func add(_ id: String?) {
        guard let id else { return }
        ids.withLock { if $0.count < 10_000 { $0.append(id) } }
    }

    var count: Int { ids.withLock { $0.count } }
    var all: [String] { ids.withLock { $0 } }
}
