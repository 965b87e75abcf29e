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
        for range in AcceptRange.parse(accept) {
            let specificity: Int
            switch (range.type, range.subtype) {
            case ("application", "graphql-response+json"):
                graphQLResponse = max(graphQLResponse ?? 0, range.q)
                continue
            case ("application", "json"): specificity = 3
            case ("application", "*"): specificity = 2
            case ("*", "*"): specificity = 1
            default: continue
            }
            if specificity > json?.specificity ?? 0 { json = (specificity, range.q) }
        }
        guard let graphQLResponse, graphQLResponse > 0 else { return .json }
        return graphQLResponse >= (json?.q ?? 0) ? .graphQLResponse : .json
    }

    /// Whether `accept` admits `text/html` (a browser asking for the explorer page).
    package static func acceptsHTML(_ accept: String?) -> Bool {
        guard let accept else { return false }
        return AcceptRange.parse(accept).contains { $0.type == "text" && $0.subtype == "html" && $0.q > 0 }
    }

    /// Whether a request's `Content-Type` is `application/json` (parameters such as `charset` allowed).
    package static func isJSON(contentType: String?) -> Bool {
        guard let contentType else { return false }
        let essence = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return essence.trimmingSpaces().lowercased() == "application/json"
    }
}

/// One media range of an `Accept` header (RFC 9110 §12.5.1), lower-cased, with its weight.
struct AcceptRange: Equatable {
    var type: String
    var subtype: String
    var q: Double

    /// The ranges of `header`; malformed ones are skipped, a malformed q-value counts as 1.
    static func parse(_ header: String) -> [AcceptRange] {
        var ranges: [AcceptRange] = []
        for element in header.split(separator: ",") {
            let parts = element.split(separator: ";")
            guard let first = parts.first else { continue }
            let name = first.trimmingSpaces().lowercased()
            let pieces = name.split(separator: "/", maxSplits: 1)
            guard pieces.count == 2 else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, pair[0].trimmingSpaces().lowercased() == "q" else { continue }
                if let value = Double(pair[1].trimmingSpaces()), value >= 0, value <= 1 { q = value }
            }
            ranges.append(AcceptRange(type: String(pieces[0]), subtype: String(pieces[1]), q: q))
        }
        return ranges
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (HTTP's optional whitespace, RFC 9110 §5.6.3).
    func trimmingSpaces() -> Substring {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
