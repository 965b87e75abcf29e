import InProcess
import LOW

/// The event log the core benchmarks measure: the durable file log.
enum LogFactory {
    static func open(_ directory: String) throws -> any EventStore { try FileEventLog.open(directory: directory) }
}
