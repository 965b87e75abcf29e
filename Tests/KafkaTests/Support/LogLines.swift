import Kafka
import Synchronization

/// The log lines a client handed to its handler.
final class LogLines: Sendable {
    private let lines = Mutex<[KafkaLogEntry]>([])

    func append(_ line: KafkaLogEntry) { lines.withLock { $0.append(line) } }

    var all: [KafkaLogEntry] { lines.withLock { $0 } }
}
