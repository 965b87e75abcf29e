/// The media types of GraphQL over HTTP, and the negotiation CONTRACT.md prescribes.
package enum MediaType: Sendable, Equatable {
    /// `application/graphql-response+json`: request errors answer 4xx.
    case graphQLResponse
    /// `application/json`: a well-formed request answers 200 whatever its GraphQL errors.
    case json

    /// The `Content-Type` an answer of this type carries.
    package var contentType: String {
        switch self {
        case .graphQLResponse: "application/graphql-response+json; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// The response type for `accept`: `application/graphql-response+json` when it is listed
    /// with a q-value not lower than `application/json`'s, `application/json` for anything else
    /// (no header, `*/*`, types the server cannot produce), as CONTRACT.md says.
    package static func negotiate(_ accept: String?) -> MediaType {
        guard let accept else { return .json }
        var graphQLResponse: Double?
        // application/json's q-value from its most specific matching range (RFC 9110 §12.5.1).
        var json: (specificity: Int, q: Double)?
        AcceptRange.forEach(in: accept) { range in
            let specificity: Int
            switch range.kind {
            case .graphQLResponse:
                graphQLResponse = max(graphQLResponse ?? 0, range.q)
                return
            case .json: specificity = 3
            case .anyApplication: specificity = 2
            case .any: specificity = 1
            case .html, .other: return
            }
            if specificity > json?.specificity ?? 0 { json = (specificity, range.q) }
        }
        guard let graphQLResponse, graphQLResponse > 0 else { return .json }
        return graphQLResponse >= (json?.q ?? 0) ? .graphQLResponse : .json
    }

    /// Whether `accept` admits `text/html` (a browser asking for the explorer page).
    package static func acceptsHTML(_ accept: String?) -> Bool {
        guard let accept else { return false }
        var admitsHTML = false
        AcceptRange.forEach(in: accept) { range in if range.kind == .html, range.q > 0 { admitsHTML = true } }
        return admitsHTML
    }

    /// Whether a request's `Content-Type` is `application/json` (parameters such as `charset` allowed).
    package static func isJSON(contentType: String?) -> Bool {
        guard var contentType else { return false }
        return contentType.withUTF8 { bytes in
            var end = 0
            while end < bytes.count, bytes[end] != UInt8(ascii: ";") { end += 1 }
            let (from, to) = AcceptRange.trimmed(bytes, 0, end)
            return AcceptRange.equalsIgnoringCase(bytes, from, to, "application/json")
        }
    }
}
