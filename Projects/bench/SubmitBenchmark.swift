import Functions
import Glibc
import InProcess
import LOW
import Runtime

extension BenchGroup {
    /// `executor.filelog.submit` and `executor.filelog.submit.fsync4ms`: `CatalogRuntime.submit`
    /// over the file log. `BENCH_SUBMIT_WORKERS` overrides the shell's workers per channel.
    static let coreSubmit = BenchGroup(name: "core", namePrefixes: ["executor.filelog."]) { isSelected, report in
        let workers = getenv("BENCH_SUBMIT_WORKERS").flatMap { Int(String(cString: $0)) }
        if isSelected("executor.filelog.submit") {
            report(try await SubmitBenchmark(syncDelay: .zero, workers: workers).run())
        }
        if isSelected("executor.filelog.submit.fsync4ms") {
            report(try await SubmitBenchmark(syncDelay: .milliseconds(4), workers: workers).run())
        }
    }
}

/// Durable mutations per second as a server makes them: `senders` concurrent clients each
/// submitting `InviteCustomer` with a fresh email in a loop to a `CatalogRuntime` on a
/// `FileEventLog`, each answer waiting for its sync and its projection (read-your-writes).
///
/// With `syncDelay` every `fdatasync` takes that much longer, as on a disk slower than this
/// machine's: the shell then reaches the rate only if many commands share each sync.
struct SubmitBenchmark {
    var syncDelay: Duration
    var workers: Int?
    var senders = 64
    var duration: Duration = .seconds(2)

    var name: String { syncDelay == .zero ? "executor.filelog.submit" : "executor.filelog.submit.fsync4ms" }

    func run() async throws -> Measurement {
        let directory = try TemporaryDirectory(prefix: "bench-submit")
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path, syncDelayForTesting: syncDelay)
        var configuration = CatalogRuntime.Configuration()
        if let workers { configuration.workersPerChannel = workers }
        let shell = CatalogRuntime(
            catalog: Domain.catalog, events: log, readModels: InMemoryReadModelStore(), configuration: configuration)
        let running = Task { try await shell.run() }
        let latencies: [[Double]]
        let elapsed: Double
        let cpu: Double
        let syncsBefore = log.syncCount
        do {
            try await shell.waitUntilReady()
            var collected: [[Double]] = []
            (elapsed, cpu) = try await timed { collected = try await send(to: shell) }
            latencies = collected
            shell.shutdown()
            try await running.value
        } catch {
            running.cancel()
            await log.close()
            throw error
        }
        let syncs = log.syncCount - syncsBefore
        await log.close()
        return measurement(
            latencies, elapsed: elapsed, cpu: cpu, syncs: syncs, workers: configuration.workersPerChannel)
    }

    /// Every sender's latencies (seconds), each submit checked to be accepted.
    private func send(to shell: CatalogRuntime) async throws -> [[Double]] {
        let deadline = ContinuousClock.now + duration
        return try await withThrowingTaskGroup(of: [Double].self) { group in
            for sender in 0..<senders {
                group.addTask {
                    var ids = SplitMix64(seed: UInt64(sender) &* 0x9E37_79B9 &+ UInt64(truncatingIfNeeded: getpid()))
                    var latencies: [Double] = []
                    var count = 0
                    while ContinuousClock.now < deadline {
                        let email = "s\(sender)-\(count)@example.com"
                        count += 1
                        let envelope = CommandEnvelope(
                            id: .random(using: &ids), name: InviteCustomer.name, payload: ["email": .string(email)],
                            issuedAt: Fixtures.start)
                        let start = ContinuousClock.now
                        let result = try await shell.submit(envelope)
                        guard case .accepted = result.outcome, !result.isPending else {
                            throw Fixtures.FixtureFailure(message: "InviteCustomer answered \(result)")
                        }
                        latencies.append(Self.seconds(ContinuousClock.now - start))
                    }
                    return latencies
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    private func measurement(_ latencies: [[Double]], elapsed: Double, cpu: Double, syncs: Int, workers: Int)
        -> Measurement
    {
        let all = latencies.flatMap { $0 }.sorted()
        let percentile = { (p: Double) in all.isEmpty ? 0 : all[min(all.count - 1, Int(Double(all.count) * p))] }
        return Measurement(
            name: name, value: Double(all.count) / elapsed, unit: "commands/s",
            details: [
                "commands": .int(all.count), "seconds": .double(Measurement.rounded(elapsed)),
                "cpuSeconds": .double(Measurement.rounded(cpu)), "senders": .int(senders),
                "workersPerChannel": .int(workers), "syncs": .int(syncs),
                "commandsPerSync": .double(Measurement.rounded(Double(all.count) / Double(max(syncs, 1)))),
                "syncDelayMs": .double(Self.seconds(syncDelay) * 1000),
                "p50Ms": .double(Measurement.rounded(percentile(0.5) * 1000)),
                "p99Ms": .double(Measurement.rounded(percentile(0.99) * 1000)),
            ])
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
