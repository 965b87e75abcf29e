package import GraphQL
package import HTTP
package import LOW

/// GraphQL over HTTP in front of any shell: `/graphql` (POST and GET), `/health`, `/ready`,
/// `/metrics` and the explorer page, as CONTRACT.md "HTTP endpoints" says.
///
/// ```swift
/// let gateway = try Gateway(schema: schema, queries: Domain.queries, backend: shell, configuration: .init())
/// let server = HTTPServer(responder: gateway, ...)
/// ```
///
/// Mutation fields submit the command of their name through `GatewayBackend.submit` and answer
/// the row it updated; Query fields read read models through their `ReadModelQuery` binding.
/// A query whose resolvers are all synchronous is answered on the calling thread (`.now`).
package final class Gateway: HTTPResponder {
    let backend: any GatewayBackend
    let configuration: Configuration
    let executor: GraphQL.Executor<RequestContext>
    let documents: DocumentCache
    let metrics: GatewayMetrics

    /// Checks `schema`, `queries` and `backend.catalog` against each other and prepares execution.
    /// - Throws: `GatewayStartError` naming every mutation without a command, command without a
    ///   mutation, mismatched result type, unbound Query field and binding the schema lacks.
    package init(
        schema: Schema, queries: [ReadModelQuery], backend: any GatewayBackend, configuration: Configuration
    ) throws(GatewayStartError) {
        try StartupCheck.check(schema: schema, queries: queries, catalog: backend.catalog)
        self.backend = backend
        self.configuration = configuration
        metrics = GatewayMetrics(commands: backend.catalog.clientHandlers.map(\.commandName))
        let resolvers = GatewayResolvers(
            backend: backend, metrics: metrics, requestTimeout: configuration.requestTimeout
        ).registry(schema: schema, queries: queries)
        executor = GraphQL.Executor(schema: schema, resolvers: resolvers, limits: configuration.limits)
        // The validator judges literals with the executor's own scalars.
        documents = DocumentCache(
            schema: schema, scalars: resolvers.scalars, capacity: configuration.documentCacheCapacity)
    }

    package func respond(to request: HTTPRequest) -> HTTPReply {
        let started = GatewayClock.monotonicNanoseconds()
        let route = GatewayMetrics.route(of: request.path)
        let metrics = metrics
        switch dispatch(request) {
        case .now(let response):
            metrics.recordRequest(
                route: route, status: response.status, nanoseconds: GatewayClock.monotonicNanoseconds() &- started)
            return .now(response)
        case .later(let answer):
            return .later {
                let response = await answer()
                metrics.recordRequest(
                    route: route, status: response.status,
                    nanoseconds: GatewayClock.monotonicNanoseconds() &- started)
                return response
            }
        }
    }

    private func dispatch(_ request: HTTPRequest) -> HTTPReply {
        let isRead = request.method == "GET" || request.method == "HEAD"
        switch request.path {
        case "/graphql":
            // CONTRACT.md `/ready`: a client never reads a state older than a write it was told
            // had succeeded, so nothing runs before the projections have caught up at start.
            guard backend.isReady else { return afterReady(request) }
            return routeGraphQL(request)
        case "/health", "/ready", "/metrics":
            guard isRead else { return .now(Responses.methodNotAllowed(allow: "GET, HEAD")) }
            return status(of: request.path)
        default:
            return .now(Responses.notFound())
        }
    }

    /// `/graphql` by method, once the backend is ready.
    func routeGraphQL(_ request: HTTPRequest) -> HTTPReply {
        if request.method == "GET" || request.method == "HEAD" { return graphQLByGet(request) }
        if request.method == "POST" { return graphQLByPost(request) }
        return .now(Responses.methodNotAllowed(allow: "GET, HEAD, POST"))
    }

    private func status(of path: Substring) -> HTTPReply {
        switch path {
        case "/health": return .now(Responses.health)
        case "/ready": return .now(backend.isReady ? Responses.ready : Responses.starting)
        default: return metricsPage()
        }
    }

    /// `/metrics` reads the log's head, which is async. A store that cannot answer leaves the lag
    /// out (no sample is better than a made-up one); the rest of the page still answers.
    private func metricsPage() -> HTTPReply {
        let backend = backend
        let metrics = metrics
        let extra = configuration.extraMetrics
        return .later {
            let head: Int64?
            do { head = try await backend.events.head() } catch { head = nil }
            let lag = head.map { max(0, $0 - backend.projectedPosition) }
            let text = MetricsText.render(
                metrics, projectionLag: lag, storeFailures: backend.storeFailures, extra: extra?())
            return HTTPResponse(status: 200, contentType: MetricsText.contentType, body: text)
        }
    }
}
