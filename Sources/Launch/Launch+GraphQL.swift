import Gateway
import GraphQL
import HTTP
package import LOW
package import Runtime

/// The runtime is the gateway's backend as it is: it has the catalog, the stores and `submit`
/// with read-your-writes, whichever stores a shell gives it.
extension CatalogRuntime: GatewayBackend {}

extension Launch {
    /// Serves `runtime` as GraphQL over HTTP until SIGTERM or SIGINT (`serve`): reads the SDL,
    /// checks it against the catalog, starts the HTTP server with `options`, prints the listening
    /// line and runs the runtime. Every GraphQL product ends its `main.swift` with this call.
    ///
    /// - Parameters:
    ///   - extraMetrics: the shell's own `/metrics` lines (a log's state, a pool's connections).
    ///   - flush: runs after the runtime has drained, to make what it accepted durable.
    package static func serveGraphQL(
        _ program: String, options: ServingOptions, runtime: CatalogRuntime, queries: [ReadModelQuery],
        stop: StopSignal, extraMetrics: @escaping @Sendable () -> String = { "" },
        flush: @escaping @Sendable () async -> Void
    ) async -> Never {
        let schema: Schema
        do { schema = try SchemaBuilder.build(directory: options.schemaFolder) } catch {
            fail(program, "cannot read the schema in \(options.schemaFolder): \(error)")
        }
        let serverMetrics = ServerMetrics()
        var gatewayConfiguration = Gateway.Configuration()
        gatewayConfiguration.requestTimeout = options.requestTimeout
        gatewayConfiguration.extraMetrics = { serverMetrics.text() + extraMetrics() }
        let gateway: Gateway
        do {
            gateway = try Gateway(
                schema: schema, queries: queries, backend: runtime, configuration: gatewayConfiguration)
        } catch {
            fail(program, "the schema does not match the domain: \(error)")
        }
        var serverConfiguration = HTTPServer.Configuration()
        serverConfiguration.host = options.host
        serverConfiguration.port = options.port
        serverConfiguration.maxBodyBytes = options.maxBodyBytes
        serverConfiguration.maxConnections = options.maxConnections
        // A mutation in flight at SIGTERM may wait its whole request timeout for its projection:
        // the drain must outlast that, or a committed command could go unanswered.
        serverConfiguration.shutdownGrace = max(
            serverConfiguration.shutdownGrace, options.requestTimeout + .seconds(5))
        let server = HTTPServer(configuration: serverConfiguration, responder: gateway)
        serverMetrics.attach(server)
        let port: Int
        do { port = try server.start() } catch {
            fail(program, "cannot listen on \(options.host):\(options.port): \(error)")
        }
        // The runtime catches up while the server already answers: /ready says 503 until it has.
        await serve(
            program, server: server, host: options.host, port: port, stop: stop, run: runtime.run,
            stopShell: runtime.shutdown, flush: flush)
    }
}
