import Functions
import InProcess
import LOW
import Runtime

/// What basic-inprocess runs: the domain's catalog in the in-process shell, over the file log
/// (or memory with `--ephemeral`) and in-memory read models that the shell rebuilds at start.
enum Wiring {
    static func shell(_ options: Options) throws -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = options.requestTimeout
        return CatalogRuntime(
            catalog: Domain.catalog, events: try eventStore(options), readModels: InMemoryReadModelStore(),
            configuration: configuration)
    }

    static func eventStore(_ options: Options) throws -> any EventStore {
        if options.isEphemeral { return InMemoryEventStore() }
        return try FileEventLog.open(directory: options.dataDirectory)
    }
}
