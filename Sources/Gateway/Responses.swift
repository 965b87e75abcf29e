import GraphQL
import HTTP

/// The responses the gateway writes, with their bodies as bytes.
enum Responses {
    static let health = HTTPResponse(status: 200, contentType: jsonType, body: #"{"status":"ok"}"#)
    static let ready = HTTPResponse(status: 200, contentType: jsonType, body: #"{"status":"ready"}"#)
    static let starting = HTTPResponse(status: 503, contentType: jsonType, body: #"{"status":"starting"}"#)
    static let explorer = HTTPResponse(status: 200, contentType: "text/html; charset=utf-8", body: ExplorerPage.html)
    static let jsonType = "application/json; charset=utf-8"

    static func notFound() -> HTTPResponse {
        error(status: 404, "No resource at this path.", as: .json)
    }

    static func methodNotAllowed(allow: String) -> HTTPResponse {
        var response = error(status: 405, "This method is not allowed here.", as: .json)
        response.headers.append(("Allow", allow))
        return response
    }

    static func mutationByGet() -> HTTPResponse {
        var response = error(status: 405, "A mutation must be sent by POST.", as: .json)
        response.headers.append(("Allow", "POST"))
        return response
    }

    /// A request that is not a GraphQL request: one `BAD_REQUEST` error.
    static func badRequest(_ malformed: GraphQLParameters.Malformed, as mediaType: MediaType) -> HTTPResponse {
        error(status: malformed.status, malformed.message, as: mediaType)
    }

    private static func error(status: Int, _ message: String, as mediaType: MediaType) -> HTTPResponse {
        let error = ContractCode.badRequest.error(message)
        return HTTPResponse(
            status: status, headers: [("Content-Type", mediaType.contentType)], body: body(nil, [error]))
    }

    /// A GraphQL response: every error coded, and the status GraphQL over HTTP gives it: a
    /// request error (no `data`) is 400 under `application/graphql-response+json` and 200 under
    /// `application/json`, and `BAD_REQUEST` is 400 under both (CONTRACT.md "Status codes").
    static func graphQL(data: [UInt8]?, errors: [GraphQLError], as mediaType: MediaType) -> HTTPResponse {
        let coded = errors.map { ContractCode.coded($0, hasData: data != nil) }
        var status = 200
        if coded.contains(where: { ContractCode.of($0) == .badRequest }) {
            status = 400
        } else if data == nil, mediaType == .graphQLResponse {
            status = 400
        }
        return HTTPResponse(status: status, headers: [("Content-Type", mediaType.contentType)], body: body(data, coded))
    }

    private static func body(_ data: [UInt8]?, _ errors: [GraphQLError]) -> [UInt8] {
        ExecutionResult(data: data, errors: errors).json()
    }
}
