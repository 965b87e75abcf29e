/// The answers the server makes itself, for requests it cannot hand to the responder.
enum ErrorResponse {
    /// A JSON error body in the contract's shape (CONTRACT.md, Errors): `BAD_REQUEST` for a
    /// request the server refuses, `INTERNAL` for a refusal that is not about the request.
    static func make(status: Int, message: String, code: StaticString = "BAD_REQUEST") -> HTTPResponse {
        var body = #"{"errors":[{"message":""#
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\"": body += "\\\""
            case "\\": body += "\\\\"
            case _ where scalar.value < 0x20: body += " "
            default: body.unicodeScalars.append(scalar)
            }
        }
        body += #"","extensions":{"code":""#
        body += "\(code)"
        body += #""}}]}"#
        return HTTPResponse(status: status, contentType: "application/json", body: body)
    }

    static func make(_ error: HTTPParseError) -> HTTPResponse { make(status: error.status, message: error.message) }

    /// The answer to a connection accepted over `maxConnections` (or while draining): RFC 9110
    /// §15.6.4, with `Retry-After` so a client tries again in a second rather than at once. Not
    /// about the request, which was never read, so `INTERNAL` rather than `BAD_REQUEST`.
    static let overCapacity: HTTPResponse = {
        var response = make(
            status: 503, message: "the server has too many connections open; retry later", code: "INTERNAL")
        response.headers.append(("Retry-After", "1"))
        return response
    }()
}
