/// Renders `GatewayMetrics` in the Prometheus text exposition format 0.0.4.
enum MetricsText {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    /// - Parameter projectionLag: `nil` when the event store could not tell its head: no sample.
    static func render(_ metrics: GatewayMetrics, projectionLag: Int64?, extra: String?) -> String {
        let (requests, commands) = metrics.snapshot()
        var text = ""
        text += "# HELP http_requests_total HTTP requests answered, by route and status.\n"
        text += "# TYPE http_requests_total counter\n"
        for (route, name) in GatewayMetrics.routes.enumerated() {
            for (index, status) in GatewayMetrics.statuses.enumerated() {
                let count = requests.counts[route * GatewayMetrics.statuses.count + index]
                if count > 0 { text += "http_requests_total{route=\"\(name)\",status=\"\(status)\"} \(count)\n" }
            }
            for (status, counts) in requests.otherStatuses.sorted(by: { $0.key < $1.key }) where counts[route] > 0 {
                text += "http_requests_total{route=\"\(name)\",status=\"\(status)\"} \(counts[route])\n"
            }
        }
        text += histogram(requests)
        text += "# HELP graphql_commands_total Commands submitted by mutations, by command and outcome.\n"
        text += "# TYPE graphql_commands_total counter\n"
        for name in metrics.commandNames {
            let counts = commands[name] ?? []
            for (index, outcome) in CommandOutcomeLabel.allCases.enumerated() {
                let count = index < counts.count ? counts[index] : 0
                text += "graphql_commands_total{command=\"\(name)\",outcome=\"\(outcome.rawValue)\"} \(count)\n"
            }
        }
        text += "# HELP projection_lag_events Events in the log that not every projector has applied yet.\n"
        text += "# TYPE projection_lag_events gauge\n"
        if let projectionLag { text += "projection_lag_events \(projectionLag)\n" }
        if let extra, !extra.isEmpty { text += extra.hasSuffix("\n") ? extra : extra + "\n" }
        return text
    }

    private static func histogram(_ requests: GatewayMetrics.Requests) -> String {
        var text = "# HELP http_request_duration_seconds Time from a request's arrival to its answer.\n"
        text += "# TYPE http_request_duration_seconds histogram\n"
        let width = GatewayMetrics.buckets.count + 1
        for (route, name) in GatewayMetrics.routes.enumerated() {
            let counts = requests.histogram[(route * width)..<(route * width + width)]
            let total = counts.reduce(0, +)
            guard total > 0 else { continue }
            var cumulative = 0
            for (index, count) in counts.enumerated() {
                cumulative += count
                let bound = index < GatewayMetrics.buckets.count ? "\(GatewayMetrics.buckets[index])" : "+Inf"
                text += "http_request_duration_seconds_bucket{route=\"\(name)\",le=\"\(bound)\"} \(cumulative)\n"
            }
            let sum = Double(requests.sumNanoseconds[route]) / 1e9
            text += "http_request_duration_seconds_sum{route=\"\(name)\"} \(sum)\n"
            text += "http_request_duration_seconds_count{route=\"\(name)\"} \(total)\n"
        }
        return text
    }
}
