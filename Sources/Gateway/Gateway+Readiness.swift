import GraphQL
import HTTP

extension Gateway {
    /// A `/graphql` request that arrived before the backend was ready: answered as usual once it
    /// is, or `503` with `Retry-After` when `--request-timeout` runs out first (CONTRACT.md `/ready`).
    func afterReady(_ request: HTTPRequest) -> HTTPReply {
        let backend = backend
        let timeout = configuration.requestTimeout
        return .later { [self] in
            guard await backend.waitUntilReady(timeout: timeout) else { return Self.notReady }
            // Not gated again: a store that fails for a moment after this would otherwise send the
            // request back to wait a whole timeout more.
            switch routeGraphQL(request) {
            case .now(let response): return response
            case .later(let answer): return await answer()
            }
        }
    }

    /// The answer while the backend is not ready (catching up at start, or its store cannot write):
    /// retry in a second.
    static let notReady = HTTPResponse(
        status: 503,
        headers: [("Content-Type", "application/json; charset=utf-8"), ("Retry-After", "1")],
        body: ExecutionResult(
            data: nil,
            errors: [
                ContractCode.internal.error("The service is not ready to answer yet. Retry shortly.")
            ]
        ).json())
}
