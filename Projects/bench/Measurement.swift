import Glibc
import LOW

/// One result line: `{"name": ..., "value": ..., "unit": ..., ...details}`.
struct Measurement {
    var name: String
    var value: Double
    var unit: String
    var details: Fields = Fields()

    var line: String {
        var fields: Fields = ["name": .string(name), "value": .double(Self.rounded(value)), "unit": .string(unit)]
        for entry in details { fields[entry.key] = entry.value }
        return JSONWriter.string(.object(fields))
    }

    /// Three decimals are more than a benchmark's noise allows.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Wall-clock time of `body`, in seconds, on the monotonic clock.
func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    try await timed(body).wall
}

/// Wall-clock and process CPU time of `body`, in seconds. The machine is shared: CPU time well
/// under wall time times the cores says other processes had the cores.
func timed(_ body: () async throws -> Void) async rethrows -> (wall: Double, cpu: Double) {
    let clock = ContinuousClock()
    let cpuStart = processCPUSeconds()
    let start = clock.now
    try await body()
    let elapsed = clock.now - start
    let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (wall, processCPUSeconds() - cpuStart)
}

func processCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}
