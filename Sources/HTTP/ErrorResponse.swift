/// The answers the server makes itself, for requests it cannot hand to the responder.
enum ErrorResponse {
    /// A JSON error body in the contract's shape, code `BAD_REQUEST` (CONTRACT.md, Errors).
    static func make(status: Int, message: String) -> HTTPResponse {
        var body = #"{"errors":[{"message":""#
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\"": body += "\\\""
            case "\\": body += "\\\\"
            case _ where scalar.value < 0x20: body += " "
            default: body.unicodeScalars.append(scalar)
            }
        }
        body += #"","extensions":{"code":"BAD_REQUEST"}}]}"#
        return HTTPResponse(status: status, contentType: "application/json", body: body)
    }

    static func make(_ error: HTTPParseError) -> HTTPResponse { make(status: error.status, message: error.message) }
}
