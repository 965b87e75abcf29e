import Functions
import Gateway
import GraphQL
import HTTP
import InProcess
import LOW
import Launch
import Runtime

/// What gql-inprocess runs, from the bottom up: the event log (a file, or memory with
/// `--ephemeral`), the in-process shell over the domain's catalog and in-memory read models, the
/// gateway that maps the SDL's mutations onto its commands, and the HTTP server in front.
enum Wiring {
    static func eventStore(_ options: Options) throws -> any EventStore {
        if options.isEphemeral { return InMemoryEventStore() }
        return try FileEventLog.open(directory: options.dataDirectory)
    }

    static func shell(_ options: Options, events: any EventStore) -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = options.requestTimeout
        return CatalogRuntime(
            catalog: Domain.catalog, events: events, readModels: InMemoryReadModelStore(),
            configuration: configuration)
    }

    static func gateway(
        _ options: Options, schema: Schema, backend: CatalogRuntime, serverMetrics: ServerMetrics
    ) throws -> Gateway {
        var configuration = Gateway.Configuration()
        configuration.requestTimeout = options.requestTimeout
        let logMetrics = (backend.events as? FileEventLog).map(LogMetrics.init)
        configuration.extraMetrics = { serverMetrics.text() + (logMetrics?.text() ?? "") }
        return try Gateway(schema: schema, queries: Domain.queries, backend: backend, configuration: configuration)
    }

    static func server(_ options: Options, responder: Gateway) -> HTTPServer {
        var configuration = HTTPServer.Configuration()
        configuration.host = options.host
        configuration.port = options.port
        configuration.maxBodyBytes = options.maxBodyBytes
        configuration.maxConnections = options.maxConnections
        // A mutation in flight at SIGTERM may wait its whole request timeout for its projection:
        // the drain must outlast that, or a committed command could go unanswered.
        configuration.shutdownGrace = max(configuration.shutdownGrace, options.requestTimeout + .seconds(5))
        return HTTPServer(configuration: configuration, responder: responder)
    }
}

/// The in-process shell is the gateway's backend as it is: it has the catalog, the stores and
/// `submit` with read-your-writes.
extension CatalogRuntime: GatewayBackend {}
