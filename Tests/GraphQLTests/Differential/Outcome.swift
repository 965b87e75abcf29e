import Foundation

/// What one engine says about one document: the facts both engines must agree on.
struct Outcome {
    /// Whether the document parses.
    var parses: Bool
    /// `line:column` of the first syntax error; nil when it parses.
    var syntaxLocation: String?
    /// The syntax error's message (shown, not compared: only the location must agree).
    var syntaxMessage: String?
    /// Whether it is valid against Schema/; nil when it does not parse.
    var valid: Bool?
    /// The first validation error's message, compared with graphql-core's `'` read as graphql-js' `"`.
    var firstValidationMessage: String?
    /// The first validation error's locations, `line:column` each.
    var firstValidationLocations: [String]?
    /// The operation executed (the reference chooses, the engine follows).
    var operationName: String?
    /// The variables given (the reference chooses, as JSON text; the engine follows).
    var variablesJSON: String?
    /// The result's `data` as canonical JSON text; nil when not executed.
    var data: String?
    /// The result's `errors`.
    var errors: [ComparableError] = []
    /// The document printed back (graphql-js `print`); nil when it does not parse.
    var printed: String?

    init(parses: Bool, syntaxLocation: String? = nil, syntaxMessage: String? = nil) {
        self.parses = parses
        self.syntaxLocation = syntaxLocation
        self.syntaxMessage = syntaxMessage
    }

    /// How `other` (the engine) differs from `self` (the reference), or nil when they agree.
    func disagreement(with other: Outcome) -> String? {
        if parses != other.parses || syntaxLocation != other.syntaxLocation {
            return "parse: reference \(parseSummary), engine \(other.parseSummary)"
        }
        guard parses else { return nil }
        if valid != other.valid {
            return "valid: reference \(validSummary), engine \(other.validSummary)"
        }
        guard valid == true else { return firstErrorDisagreement(with: other) }
        if data != other.data {
            return "data:\n    reference \(data ?? "(none)")\n    engine    \(other.data ?? "(none)")"
        }
        if errors.map(\.key).sorted() != other.errors.map(\.key).sorted() {
            return "errors:\n    reference \(errors)\n    engine    \(other.errors)"
        }
        return nil
    }

    /// Whether both name the same first validation error at the same places.
    private func firstErrorDisagreement(with other: Outcome) -> String? {
        // graphql-core quotes names as 'Name' where graphql-js writes "Name".
        func unquoted(_ message: String?) -> String? { message?.replacingOccurrences(of: "'", with: "\"") }
        guard
            unquoted(firstValidationMessage) != unquoted(other.firstValidationMessage)
                || firstValidationLocations != other.firstValidationLocations
        else { return nil }
        return "first validation error:\n    reference \(firstErrorSummary)\n    engine    \(other.firstErrorSummary)"
    }

    private var firstErrorSummary: String {
        "\(firstValidationMessage ?? "(none)") @\((firstValidationLocations ?? []).joined(separator: ","))"
    }

    private var parseSummary: String {
        parses ? "parses" : "syntax error at \(syntaxLocation ?? "?"): \(syntaxMessage ?? "")"
    }

    private var validSummary: String {
        valid == true ? "valid" : "invalid (\(firstValidationMessage ?? "no message"))"
    }
}

/// One error of a result, as compared: path, locations, and the message of field errors.
///
/// A request error (no path: a variable that does not coerce, an unknown operation) is compared
/// by its locations only: graphql-core quotes values the Python way (`'x'`, `True`) where
/// graphql-js, which the engine follows, writes `"x"`, `true`.
struct ComparableError: CustomStringConvertible {
    var message: String
    var locations: [String]
    var path: String?

    /// What must be equal on both sides.
    var key: String {
        "\(path ?? "-")|\(locations.joined(separator: ","))|\(path == nil ? "" : message)"
    }

    var description: String { "\(message) @\(locations.joined(separator: ",")) path \(path ?? "-")" }
}
