import InProcess
import LOW

/// The event log the core benchmarks measure.
enum LogFactory {
    // TODO(stores): FileEventLog(directory:) once the file log lands; memory until then.
    static func open(_ directory: String) throws -> any EventStore { InMemoryEventStore() }
    static func close(_ log: any EventStore) async throws {}
}
