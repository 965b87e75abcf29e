/// `clients` tasks each running `operation` in a loop for `seconds`, timing every call: the
/// throughput and latency a server's concurrent clients see.
struct ClientLoad {
    var clients: Int
    var seconds: Int

    struct Summary {
        var operations: Int
        var elapsed: Double
        var cpu: Double
        var p50: Double
        var p99: Double
        /// The server's CPU seconds over the run, when the caller measured them.
        var serverCPU: Double?

        var perSecond: Double { Double(operations) / elapsed }
    }

    /// - Parameter operation: gets the client's number and its call count.
    func run(_ operation: @escaping @Sendable (_ client: Int, _ call: Int) async throws -> Void) async throws
        -> Summary
    {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var latencies: [Double] = []
        let (elapsed, cpu) = try await timed {
            latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
                for client in 0..<clients {
                    group.addTask {
                        var latencies: [Double] = []
                        var call = 0
                        while ContinuousClock.now < deadline {
                            let start = ContinuousClock.now
                            try await operation(client, call)
                            let took = ContinuousClock.now - start
                            latencies.append(
                                Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18)
                            call += 1
                        }
                        return latencies
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
        }
        latencies.sort()
        let percentile = { (p: Double) in
            latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
        }
        return Summary(
            operations: latencies.count, elapsed: elapsed, cpu: cpu, p50: percentile(0.5), p99: percentile(0.99))
    }
}
