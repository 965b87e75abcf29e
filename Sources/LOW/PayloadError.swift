/// A payload that does not have the shape its command or event declares.
///
/// The GraphQL layer coerces arguments before they become a payload, so this reaches a client only
/// through shells without GraphQL (basic-inprocess), where it answers `BAD_USER_INPUT`.
package struct PayloadError: Error, Sendable, Equatable, CustomStringConvertible {
    package var field: String
    package var expected: String
    package init(field: String, expected: String) {
        self.field = field
        self.expected = expected
    }
    package var description: String { "field '\(field)' must be \(expected)" }
}

extension Value {
    /// The string under `key`, or a `PayloadError` naming the field.
    package func string(_ key: String) throws(PayloadError) -> String {
        guard let s = self[key]?.stringValue else { throw PayloadError(field: key, expected: "a string") }
        return s
    }

    /// The integer under `key`, or a `PayloadError` naming the field.
    package func int(_ key: String) throws(PayloadError) -> Int {
        guard let i = self[key]?.intValue else { throw PayloadError(field: key, expected: "an integer") }
        return i
    }

    /// The integer under `key`; a missing key or `null` is `nil`, another type an error.
    package func optionalInt(_ key: String) throws(PayloadError) -> Int? {
        switch self[key] {
        case nil, .null?: return nil
        case .int(let i)?: return i
        default: throw PayloadError(field: key, expected: "an integer or null")
        }
    }

    /// The string under `key`; a missing key or `null` is `nil`, another type an error.
    package func optionalString(_ key: String) throws(PayloadError) -> String? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw PayloadError(field: key, expected: "a string or null")
        }
    }
}
