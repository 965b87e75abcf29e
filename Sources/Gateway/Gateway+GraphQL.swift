import GraphQL
import HTTP
import LOW

extension Gateway {
    /// `GET /graphql`: the explorer page for a browser, else a query from the query string.
    func graphQLByGet(_ request: HTTPRequest) -> HTTPReply {
        let accept = request.header("Accept")
        let parameters: GraphQLParameters
        do { parameters = try GraphQLParameters.fromQueryString(request.query) } catch {
            if MediaType.acceptsHTML(accept)
                && !QueryString.parse(request.query ?? "").contains(where: { $0.name == "query" })
            {
                return .now(Responses.explorer)
            }
            return .now(Responses.badRequest(error, as: MediaType.negotiate(accept)))
        }
        return graphQL(parameters, request: request, byGet: true)
    }

    /// `POST /graphql` with a JSON body.
    func graphQLByPost(_ request: HTTPRequest) -> HTTPReply {
        do {
            return graphQL(try GraphQLParameters.fromBody(of: request), request: request, byGet: false)
        } catch {
            return .now(Responses.badRequest(error, as: MediaType.negotiate(request.header("Accept"))))
        }
    }

    private func graphQL(_ parameters: GraphQLParameters, request: HTTPRequest, byGet: Bool) -> HTTPReply {
        let mediaType = MediaType.negotiate(request.header("Accept"))
        // Checked on every request, a query's too: a malformed key is a malformed request, and a
        // client learns of it before the mutation it meant to send with that key.
        let idempotencyKey: String?
        do { idempotencyKey = try IdempotencyKey.of(request) } catch {
            return .now(Responses.badRequest(error, as: mediaType))
        }
        let document: Document
        switch documents.prepared(parameters.query) {
        case .valid(let valid): document = valid
        case .parseFailed(let error): return .now(Responses.graphQL(data: nil, errors: [error], as: mediaType))
        case .invalid(let errors): return .now(Responses.graphQL(data: nil, errors: errors, as: mediaType))
        }
        let operation = document.operation(named: parameters.operationName)
        // GraphQL over HTTP: a mutation by GET is refused with 405 and `Allow: POST`.
        if byGet, operation?.kind == .mutation { return .now(Responses.mutationByGet()) }
        let context = RequestContext(idempotencyKey: idempotencyKey)
        // A query whose resolvers are all synchronous (in-memory read models) is answered on this
        // thread; one that needs `await` (the event log, a mutation's command) goes to `.later`.
        if operation?.kind != .mutation,
            let result = executor.executeNow(
                document: document, operationName: parameters.operationName, variables: parameters.variables,
                context: context)
        {
            return .now(Responses.graphQL(data: result.data, errors: result.errors, as: mediaType))
        }
        let executor = executor
        return .later {
            let result = await executor.execute(
                document: document, operationName: parameters.operationName, variables: parameters.variables,
                context: context)
            return Responses.graphQL(data: result.data, errors: result.errors, as: mediaType)
        }
    }
}
