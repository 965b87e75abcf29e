import Functions
import InProcess
import LOW

extension BenchGroup {
    /// The event log and the executor: `log.append.1writer`, `log.append.64writers`, `log.replay`,
    /// `executor.inmemory`.
    static let core = BenchGroup(name: "core", namePrefixes: ["log.", "executor."]) { isSelected, report in
        var oneWriter: Measurement?
        if isSelected("log.append.1writer") {
            oneWriter = try await LogAppendBenchmark(writers: 1).run()
            oneWriter.map(report)
        }
        if isSelected("log.append.64writers") {
            var many = try await LogAppendBenchmark(writers: 64).run()
            if let one = oneWriter {
                many.details["ratioTo1writer"] = .double(Measurement.rounded(many.value / one.value))
            }
            report(many)
        }
        if isSelected("log.replay") { report(try await ReplayBenchmark(events: 100_000).run()) }
        if isSelected("executor.inmemory") { report(try await ExecutorBenchmark(commands: 200_000).run()) }
    }
}
