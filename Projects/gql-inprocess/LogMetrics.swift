import InProcess

/// The file log's lines for `/metrics` (Prometheus text 0.0.4), beside the HTTP server's.
struct LogMetrics: Sendable {
    let log: FileEventLog

    func text() -> String {
        let recovery = log.recovery
        return [
            "# HELP event_log_torn_tail_cuts_total Torn tails cut from the event log when it was opened.",
            "# TYPE event_log_torn_tail_cuts_total counter",
            "event_log_torn_tail_cuts_total \(recovery.truncatedBytes > 0 ? 1 : 0)",
            "# HELP event_log_torn_tail_bytes_cut_total Bytes of torn tails cut from the event log when it was opened.",
            "# TYPE event_log_torn_tail_bytes_cut_total counter",
            "event_log_torn_tail_bytes_cut_total \(recovery.truncatedBytes)",
            "# HELP event_log_writable Whether the event log takes writes (0 after a failed write or sync).",
            "# TYPE event_log_writable gauge",
            "event_log_writable \(log.isWritable ? 1 : 0)",
        ].joined(separator: "\n") + "\n"
    }
}
