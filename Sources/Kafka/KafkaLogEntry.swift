import Glibc

/// One line librdkafka logs (connection failures, configuration warnings, debug output when the
/// `debug` property asks for it).
package struct KafkaLogEntry: Sendable, Equatable {
    /// syslog's scale: 0 emergency ... 3 error, 4 warning, ... 7 debug.
    package var level: Int32
    /// librdkafka's tag for the kind of line, e.g. `FAIL` (a connection failed), `CONFWARN`.
    package var facility: String
    package var message: String
    /// librdkafka's name for the client that logged it, e.g. `rdkafka#producer-1`.
    package var client: String

    package init(level: Int32, facility: String, message: String, client: String) {
        self.level = level
        self.facility = facility
        self.message = message
        self.client = client
    }
}

extension KafkaLogEntry {
    /// Hands the line to `log`, or without one writes it on stderr as librdkafka would.
    func write(to log: (@Sendable (KafkaLogEntry) -> Void)?) {
        if let log { return log(self) }
        let line = "%\(level)|\(facility)|\(client)| \(message)\n"
        _ = line.withCString { Glibc.write(STDERR_FILENO, $0, strlen($0)) }
    }
}
