import HTTP

/// The `Idempotency-Key` header of a request, checked against CONTRACT.md "HTTP endpoints".
enum IdempotencyKey {
    /// The longest key accepted, in characters (each one byte: keys are ASCII).
    static let maximumLength = 255

    /// The request's key; nil when it sends none.
    /// - Throws: `Malformed` with 400 for a key that is empty, longer than 255 characters, or holds
    ///   anything but printable ASCII (space to `~`), and for the header sent twice with different
    ///   values: the request does not say which command id it means.
    static func of(_ request: HTTPRequest) throws(GraphQLParameters.Malformed) -> String? {
        var key: String?
        for field in request.headers where isKeyName(field.name) {
            guard isWellFormed(field.value) else {
                throw GraphQLParameters.Malformed(
                    status: 400, message: "The Idempotency-Key header must be 1 to 255 printable ASCII characters.")
            }
            if let key, key != field.value {
                throw GraphQLParameters.Malformed(
                    status: 400, message: "The Idempotency-Key header is sent more than once with different values.")
            }
            key = field.value
        }
        return key
    }

    /// Whether `value` is 1 to 255 bytes from space to `~`. The HTTP parser reads a header's bytes
    /// that are not UTF-8 as U+FFFD, which is not ASCII either, so that repair cannot hide them here.
    static func isWellFormed(_ value: String) -> Bool {
        let bytes = value.utf8
        return (1...maximumLength).contains(bytes.count) && bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }

    /// ASCII case-insensitive `Idempotency-Key` (RFC 9110 §5.1). Setting bit 0x20 lower-cases a
    /// letter and leaves `-` as it is; the only other byte it would map to `-` is CR, not a token byte.
    private static func isKeyName(_ name: String) -> Bool {
        name.utf8.count == 15 && name.utf8.elementsEqual("idempotency-key".utf8) { $0 | 0x20 == $1 }
    }
}
