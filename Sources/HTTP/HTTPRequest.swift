/// One HTTP/1.1 request, read whole: the head parsed, the body de-chunked.
///
/// Header names keep the case the client sent; `header(_:)` compares them case-insensitively
/// (RFC 9110 §5.1). The target is split at the first `?`: `path` is still percent-encoded, as
/// sent, and `query` is the raw text after `?` (nil when there is none).
package struct HTTPRequest: Sendable {
    /// The method token as sent (`GET`, `POST`, `HEAD`, ...): methods are case-sensitive (RFC 9110 §9.1).
    package var method: String
    /// The target's path, before any `?` (`/graphql`).
    package var path: Substring
    /// The target's query, after the first `?`, without it; nil when the target has no `?`.
    package var query: Substring?
    /// The header fields in the order received.
    package var headers: [(name: String, value: String)]
    /// The body (empty when there is none).
    package var body: [UInt8]

    package init(
        method: String, path: Substring, query: Substring? = nil, headers: [(name: String, value: String)] = [],
        body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The value of the first field named `name` (case-insensitive), nil when absent.
    package func header(_ name: String) -> String? {
        for field in headers where Self.namesEqual(field.name, name) { return field.value }
        return nil
    }

    /// ASCII case-insensitive comparison: header names are tokens, so ASCII is the whole alphabet.
    static func namesEqual(_ left: String, _ right: String) -> Bool {
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        while true {
            switch (leftBytes.next(), rightBytes.next()) {
            case (nil, nil): return true
            case (let a?, let b?):
                if a == b { continue }
                if a | 0x20 == b | 0x20, (a | 0x20) >= UInt8(ascii: "a"), (a | 0x20) <= UInt8(ascii: "z") { continue }
                return false
            default: return false
            }
        }
    }
}
