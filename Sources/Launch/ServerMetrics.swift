package import HTTP
import Synchronization

/// The HTTP server's own counters as Prometheus text (format 0.0.4), for `/metrics` beside the
/// gateway's: the gateway is built before the server it answers for, so the server is attached
/// once it exists and an empty text stands in until then.
package final class ServerMetrics: Sendable {
    private let server = Mutex<HTTPServer?>(nil)

    package init() {}

    /// Starts reporting `server`'s statistics.
    package func attach(_ server: HTTPServer) { self.server.withLock { $0 = server } }

    /// The metric lines, empty before `attach`.
    package func text() -> String {
        guard let statistics = server.withLock({ $0?.statistics }) else { return "" }
        var lines = [
            "# HELP http_connections_accepted_total Connections accepted since start, refused ones included.",
            "# TYPE http_connections_accepted_total counter",
            "http_connections_accepted_total \(statistics.connectionsAccepted)",
            "# HELP http_connections_open Connections open now.",
            "# TYPE http_connections_open gauge",
            "http_connections_open \(statistics.connectionsOpen)",
            "# HELP http_connections_refused_total Connections closed at once over the connection cap.",
            "# TYPE http_connections_refused_total counter",
            "http_connections_refused_total \(statistics.connectionsRefused)",
            "# HELP http_server_answers_total Answers the server made itself (malformed requests, limits, timeouts).",
            "# TYPE http_server_answers_total counter",
        ]
        for (status, count) in statistics.serverAnswers.sorted(by: { $0.key < $1.key }) {
            lines.append("http_server_answers_total{status=\"\(status)\"} \(count)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
