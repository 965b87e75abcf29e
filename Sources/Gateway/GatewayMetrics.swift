import Synchronization

/// The counters `/metrics` reports, kept in fixed arrays under one lock: recording a request is
/// a few additions, with no allocation (the label sets are known up front).
final class GatewayMetrics: Sendable {
    /// The `route` label values; every unknown path counts as `other`.
    static let routes = ["/graphql", "/health", "/ready", "/metrics", "other"]
    /// The statuses the gateway answers with; any other counts under its own label in `others`.
    static let statuses = [200, 400, 404, 405, 413, 415, 431, 500, 503]
    /// Histogram upper bounds in seconds.
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    struct Requests {
        /// `[route * statuses.count + status]`.
        var counts = [Int](repeating: 0, count: routes.count * statuses.count)
        var otherStatuses: [Int: [Int]] = [:]
        /// `[route * (buckets.count + 1) + bucket]`, the last bucket being +Inf; not cumulative.
        var histogram = [Int](repeating: 0, count: routes.count * (buckets.count + 1))
        var sumNanoseconds = [UInt64](repeating: 0, count: routes.count)
    }

    private let requests = Mutex(Requests())
    /// Per command name, counts indexed by `CommandOutcomeLabel.allCases`.
    private let commands: Mutex<[String: [Int]]>
    let commandNames: [String]

    init(commands names: [String]) {
        commandNames = names.sorted()
        commands = Mutex(
            Dictionary(names.map { ($0, [Int](repeating: 0, count: CommandOutcomeLabel.allCases.count)) }) { $1 })
    }

    /// The route label index of `path`.
    static func route(of path: Substring) -> Int { routes.firstIndex { $0 == path } ?? routes.count - 1 }

    func recordRequest(route: Int, status: Int, nanoseconds: UInt64) {
        let seconds = Double(nanoseconds) / 1e9
        var bucket = 0
        while bucket < Self.buckets.count, seconds > Self.buckets[bucket] { bucket += 1 }
        let statusIndex = Self.statuses.firstIndex(of: status)
        requests.withLock { requests in
            if let statusIndex {
                requests.counts[route * Self.statuses.count + statusIndex] += 1
            } else {
                requests.otherStatuses[status, default: [Int](repeating: 0, count: Self.routes.count)][route] += 1
            }
            requests.histogram[route * (Self.buckets.count + 1) + bucket] += 1
            requests.sumNanoseconds[route] &+= nanoseconds
        }
    }

    func recordCommand(_ name: String, _ outcome: CommandOutcomeLabel) {
        let index = CommandOutcomeLabel.allCases.firstIndex(of: outcome) ?? 0
        commands.withLock {
            $0[name, default: [Int](repeating: 0, count: CommandOutcomeLabel.allCases.count)][index] += 1
        }
    }

    func snapshot() -> (requests: Requests, commands: [String: [Int]]) {
        (requests.withLock { $0 }, commands.withLock { $0 })
    }
}
