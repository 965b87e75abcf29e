/// Why a request could not be read: the status the server answers and a plain-words reason.
///
/// Every parse failure closes the connection after its answer: once framing is in doubt, the
/// bytes that follow cannot be trusted to start a request (RFC 9112 §11.2, request smuggling).
struct HTTPParseError: Error, Equatable, Sendable {
    /// The status of the answer (400, 413, 414, 431, 501, 505).
    var status: Int
    /// The reason, in plain words, for the error body's `message`.
    var message: String

    static func badRequest(_ message: String) -> Self { Self(status: 400, message: message) }
    static let headTooLarge = Self(status: 431, message: "request line and headers are too large")
    static let requestLineTooLong = Self(status: 414, message: "request line is too long")
    static let bodyTooLarge = Self(status: 413, message: "request body is too large")
    static let unsupportedVersion = Self(status: 505, message: "HTTP version not supported")
    static let unknownTransferCoding = Self(status: 501, message: "transfer coding not implemented")
}
