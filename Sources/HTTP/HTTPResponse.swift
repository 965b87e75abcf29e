/// One response to write: status, header fields and body.
///
/// The server adds what framing needs (`Content-Length`, `Connection`, `Date`) and drops the body
/// of an answer to `HEAD` (RFC 9110 §9.3.2), so a responder never writes those itself.
package struct HTTPResponse: Sendable {
    /// The status code (200, 400, 405, ...).
    package var status: Int
    /// Header fields besides the framing ones, e.g. `("Content-Type", "application/json")`.
    package var headers: [(name: String, value: String)]
    /// The body bytes.
    package var body: [UInt8]

    package init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is `text` with `Content-Type: contentType`.
    package init(status: Int, contentType: String, body text: String) {
        self.init(status: status, headers: [("Content-Type", contentType)], body: Array(text.utf8))
    }
}
