import Foundation

/// GraphQL requests over the raw client: `POST /graphql` with a JSON body.
extension ServerProcess {
    static let graphQLResponse = "application/graphql-response+json"

    /// The request bytes of a GraphQL POST.
    static func graphQLRequest(
        _ query: String, variables: [String: Any]? = nil, key: String? = nil,
        accept: String? = graphQLResponse, close: Bool = false
    ) -> [UInt8] {
        var payload: [String: Any] = ["query": query]
        if let variables { payload["variables"] = variables }
        let body = (try? JSONSerialization.data(withJSONObject: payload)).map { [UInt8]($0) } ?? []
        var headers = [("Content-Type", "application/json")]
        if let accept { headers.append(("Accept", accept)) }
        if let key { headers.append(("Idempotency-Key", key)) }
        return HTTPText.request("POST", "/graphql", headers: headers, body: body, close: close)
    }

    /// POSTs a GraphQL request and answers the HTTP response.
    func post(
        _ query: String, variables: [String: Any]? = nil, key: String? = nil, accept: String? = graphQLResponse
    ) throws -> HTTPAnswer {
        try send(Self.graphQLRequest(query, variables: variables, key: key, accept: accept))
    }

    /// POSTs a GraphQL request and answers its JSON result.
    func graphQL(_ query: String, variables: [String: Any]? = nil, key: String? = nil) throws -> GraphQLResult {
        GraphQLResult(try post(query, variables: variables, key: key).json)
    }
}

/// A GraphQL response's `data` and `errors`, for reading in expectations.
struct GraphQLResult {
    var raw: [String: Any]

    init(_ raw: [String: Any]) { self.raw = raw }

    var data: [String: Any]? { raw["data"] as? [String: Any] }
    var errors: [[String: Any]] { raw["errors"] as? [[String: Any]] ?? [] }

    /// The object at `field` of `data`.
    func object(_ field: String) -> [String: Any]? { data?[field] as? [String: Any] }

    /// `extensions.code` of the first error.
    var code: String? { (errors.first?["extensions"] as? [String: Any])?["code"] as? String }
    /// `extensions.reason` of the first error.
    var reason: String? { (errors.first?["extensions"] as? [String: Any])?["reason"] as? String }
}
