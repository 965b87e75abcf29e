package import GraphQL

extension Gateway {
    /// How a gateway behaves: timeouts, query limits, caching and extra metrics.
    package struct Configuration: Sendable {
        /// How long a mutation waits for its projection before answering `PENDING` (`--request-timeout`).
        package var requestTimeout: Duration = .seconds(5)
        /// Depth and cost maxima; over them a query answers `QUERY_TOO_COMPLEX`.
        package var limits = QueryLimits(maxDepth: 15, maxCost: 5000, defaultListSize: 20)
        /// How many parsed and validated documents are kept, keyed by query text.
        package var documentCacheCapacity = 1024
        /// Text appended to `/metrics` (Prometheus 0.0.4 lines), e.g. the HTTP server's statistics.
        package var extraMetrics: (@Sendable () -> String)? = nil

        package init() {}
    }
}
