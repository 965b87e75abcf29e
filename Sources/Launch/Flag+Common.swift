// The flags every product shares (CONTRACT.md, "Common flags"): same names, same environment
// variables, same value syntax everywhere. Defaults live in each project's options struct and
// `--help` shows them from there.

extension Flag {
    /// `--host ADDR` [HOST]: the address to listen on.
    package static func host(_ path: WritableKeyPath<Options, String>) -> Flag {
        text("--host", "ADDR", variable: "HOST", summary: "address to listen on (IPv4 or IPv6)", into: path)
    }

    /// `--port N` [PORT]: the TCP port, 0 for a free one.
    package static func port(_ path: WritableKeyPath<Options, Int>) -> Flag {
        value(
            "--port", "N", variable: "PORT", summary: "TCP port to listen on; 0 picks a free port",
            expected: "a port number from 0 to 65535", into: path,
            parse: { Int($0).flatMap { (0...65_535).contains($0) ? $0 : nil } }, show: { "\($0)" })
    }

    /// `--data-dir DIR` [DATA_DIR]: where the event log lives.
    package static func dataDirectory(_ path: WritableKeyPath<Options, String>) -> Flag {
        text("--data-dir", "DIR", variable: "DATA_DIR", summary: "directory of the append-only event log", into: path)
    }

    /// `--ephemeral`: everything in memory, nothing on disk.
    package static func ephemeral(_ path: WritableKeyPath<Options, Bool>) -> Flag {
        toggle("--ephemeral", summary: "keep everything in memory (ignores --data-dir)", into: path)
    }

    /// `--request-timeout SECONDS` [REQUEST_TIMEOUT]: how long a mutation waits for its projection.
    package static func requestTimeout(_ path: WritableKeyPath<Options, Duration>) -> Flag {
        seconds(
            "--request-timeout", variable: "REQUEST_TIMEOUT",
            summary: "how long a command waits for its projection before answering PENDING", into: path)
    }

    /// `--max-body-bytes N` [MAX_BODY_BYTES]: the largest request body, over which the answer is 413.
    package static func maxBodyBytes(_ path: WritableKeyPath<Options, Int>) -> Flag {
        value(
            "--max-body-bytes", "N", variable: "MAX_BODY_BYTES", summary: "largest request body; larger answers 413",
            expected: "a positive number of bytes", into: path, parse: { Int($0).flatMap { $0 > 0 ? $0 : nil } },
            show: { "\($0)" })
    }

    /// `--max-connections N` [MAX_CONNECTIONS]: connections open at once; one more is answered 503
    /// with `Retry-After` and closed.
    package static func maxConnections(_ path: WritableKeyPath<Options, Int>) -> Flag {
        value(
            "--max-connections", "N", variable: "MAX_CONNECTIONS",
            summary: "connections open at once; one more is answered 503 with Retry-After and closed",
            expected: "a positive number of connections", into: path,
            parse: { Int($0).flatMap { $0 > 0 ? $0 : nil } }, show: { "\($0)" })
    }

    /// A duration given in (possibly fractional) seconds, greater than zero.
    package static func seconds(
        _ name: String, variable: String? = nil, summary: String, into path: WritableKeyPath<Options, Duration>
    ) -> Flag {
        value(
            name, "SECONDS", variable: variable, summary: summary, expected: "a number of seconds greater than 0",
            into: path, parse: parseSeconds, show: showSeconds)
    }
}

/// Seconds to the microsecond; at least one microsecond.
func parseSeconds(_ text: String) -> Duration? {
    guard let seconds = Double(text), seconds.isFinite, seconds >= 1e-6, seconds < 1e9 else { return nil }
    return .microseconds(Int64((seconds * 1e6).rounded()))
}

func showSeconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    if attoseconds == 0 { return "\(seconds)" }
    return "\(Double(seconds) + Double(attoseconds) / 1e18)"
}
