import Functions
import InProcess
import LOW
import Runtime

/// What gql-inprocess runs under the shared GraphQL service (`Launch.serveGraphQL`): the event
/// log (a file, or memory with `--ephemeral`) and the runtime over the domain's catalog with
/// in-memory read models.
enum Wiring {
    static func eventStore(_ options: Options) throws -> any EventStore {
        if options.isEphemeral { return InMemoryEventStore() }
        return try FileEventLog.open(directory: options.dataDirectory)
    }

    static func runtime(_ options: Options, events: any EventStore) -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = options.serving.requestTimeout
        return CatalogRuntime(
            catalog: Domain.catalog, events: events, readModels: InMemoryReadModelStore(),
            configuration: configuration)
    }
}
