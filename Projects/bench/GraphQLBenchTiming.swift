import Glibc

/// Timed runs as peer-parse-bench makes them: warm up and calibrate by doubling the iteration
/// count until one run lasts `minRunSeconds`, then `runs` timed runs of that many iterations.
enum GraphQLBenchTiming {
    /// Seconds per run, and the iterations each run made.
    static func measure(options: GraphQLBenchOptions, _ once: () -> Void) -> (iterations: Int, seconds: [Double]) {
        var iterations = options.iterations ?? 1
        while options.iterations == nil {
            let seconds = time(iterations, once)
            if seconds >= options.minRunSeconds || iterations >= 1 << 30 { break }
            let scale = seconds > 0 ? options.minRunSeconds / seconds : 16
            iterations = max(iterations * 2, Int((Double(iterations) * scale * 1.1).rounded(.up)))
        }
        let seconds = (0..<options.runs).map { _ in time(iterations, once) }
        return (iterations, seconds)
    }

    /// `measure` for work that awaits.
    static func measure(
        options: GraphQLBenchOptions, _ once: () async -> Void
    ) async -> (iterations: Int, seconds: [Double]) {
        var iterations = options.iterations ?? 1
        while options.iterations == nil {
            let seconds = await time(iterations, once)
            if seconds >= options.minRunSeconds || iterations >= 1 << 30 { break }
            let scale = seconds > 0 ? options.minRunSeconds / seconds : 16
            iterations = max(iterations * 2, Int((Double(iterations) * scale * 1.1).rounded(.up)))
        }
        var seconds: [Double] = []
        for _ in 0..<options.runs { seconds.append(await time(iterations, once)) }
        return (iterations, seconds)
    }

    private static func time(_ iterations: Int, _ once: () async -> Void) async -> Double {
        let start = now()
        for _ in 0..<iterations { await once() }
        return now() - start
    }

    private static func time(_ iterations: Int, _ once: () -> Void) -> Double {
        let start = now()
        for _ in 0..<iterations { once() }
        return now() - start
    }

    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The median (the mean of the middle two for an even count).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
