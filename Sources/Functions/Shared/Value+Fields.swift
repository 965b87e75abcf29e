import LOW

extension Value {
    /// An object of `fields` whose `nil` values are left out, so an absent optional stays absent.
    static func object(dropping fields: KeyValuePairs<String, Value?>) -> Value {
        var object = Fields()
        for (key, value) in fields { object[key] = value }
        return .object(object)
    }

    /// The timestamp under `key`, written as RFC 3339 text.
    func timestamp(_ key: String) throws(PayloadError) -> Timestamp {
        guard let timestamp = Timestamp(rfc3339: try string(key)) else {
            throw PayloadError(field: key, expected: "an RFC 3339 date-time")
        }
        return timestamp
    }

    /// The string under `key`, which must be one of `allowed` (a GraphQL enum's values).
    func oneOf(_ key: String, _ allowed: [String]) throws(PayloadError) -> String {
        let text = try string(key)
        guard allowed.contains(text) else {
            throw PayloadError(field: key, expected: "one of " + allowed.joined(separator: ", "))
        }
        return text
    }
}
