import Functions
import InProcess
import LOW

extension BenchGroup {
    /// The event log and the executor: `log.append.1writer`, `log.append.64writers`, `log.replay`,
    /// `executor.inmemory`.
    static let core = BenchGroup(name: "core") { report in
        let one = try await LogAppendBenchmark(writers: 1).run()
        report(one)
        var many = try await LogAppendBenchmark(writers: 64).run()
        many.details["ratioTo1writer"] = .double(Measurement.rounded(many.value / one.value))
        report(many)
        report(try await ReplayBenchmark(events: 100_000).run())
        report(try await ExecutorBenchmark(commands: 200_000).run())
    }
}
