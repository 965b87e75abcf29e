package import GraphQL
package import HTTP

/// The parameters of a GraphQL-over-HTTP request: `query`, `variables`, `operationName`.
package struct GraphQLParameters: Sendable {
    package var query: String
    /// A JSON object, or nil when absent or null.
    package var variables: InputValue?
    package var operationName: String?

    /// Why a request is not a GraphQL request: answered with one `BAD_REQUEST` error.
    package struct Malformed: Error, Sendable, Equatable {
        package var status: Int
        package var message: String
    }

    /// The parameters of a POST's JSON body (GraphQL over HTTP, "POST request").
    /// - Throws: `Malformed` with 415 for another content type, 400 for a body that is not a
    ///   JSON object with a string `query` and parameters of the right JSON types.
    package static func fromBody(of request: HTTPRequest) throws(Malformed) -> GraphQLParameters {
        guard MediaType.isJSON(contentType: request.header("Content-Type")) else {
            throw Malformed(status: 415, message: "A POST to /graphql must have Content-Type application/json.")
        }
        let body: InputValue
        do { body = try JSONInput.parse(request.body) } catch {
            throw Malformed(status: 400, message: "The body is not valid JSON: \(error).")
        }
        guard case .object = body else { throw Malformed(status: 400, message: "The body must be a JSON object.") }
        return try fromFields(
            query: body["query"], variables: body["variables"], operationName: body["operationName"],
            extensions: body["extensions"])
    }

    /// The parameters of a GET's query string (`query`, `variables` as JSON text, `operationName`).
    /// - Throws: `Malformed` with 400 when one of them is not UTF-8 once percent-decoded, or
    ///   `variables` is not JSON.
    package static func fromQueryString(_ query: Substring?) throws(Malformed) -> GraphQLParameters {
        let pairs = QueryString.parse(query ?? "")
        for name in ["query", "variables", "operationName"] {
            if pairs.contains(where: { $0.name == name && $0.value == nil }) {
                throw Malformed(status: 400, message: "The \(name) parameter is not valid UTF-8.")
            }
        }
        func text(_ name: String) -> InputValue? {
            pairs.last { $0.name == name }.flatMap { $0.value.map { .string($0) } }
        }
        var variables: InputValue?
        if let raw = pairs.last(where: { $0.name == "variables" })?.value, !raw.isEmpty {
            do { variables = try JSONInput.parse(raw) } catch {
                throw Malformed(status: 400, message: "The variables parameter is not valid JSON: \(error).")
            }
        }
        return try fromFields(
            query: text("query"), variables: variables, operationName: text("operationName"), extensions: nil)
    }

    private static func fromFields(
        query: InputValue?, variables: InputValue?, operationName: InputValue?, extensions: InputValue?
    ) throws(Malformed) -> GraphQLParameters {
        guard let query else { throw Malformed(status: 400, message: "The request has no query.") }
        guard case .string(let text) = query else { throw Malformed(status: 400, message: "query must be a string.") }
        var parameters = GraphQLParameters(query: text, variables: nil, operationName: nil)
        switch variables {
        case nil, .null?: break
        case .object?: parameters.variables = variables
        default: throw Malformed(status: 400, message: "variables must be a JSON object.")
        }
        switch operationName {
        case nil, .null?: break
        case .string(let name)?: parameters.operationName = name
        default: throw Malformed(status: 400, message: "operationName must be a string.")
        }
        switch extensions {
        case nil, .null?, .object?: break
        default: throw Malformed(status: 400, message: "extensions must be a JSON object.")
        }
        return parameters
    }
}
