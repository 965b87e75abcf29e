/// The domain's notion of a well-formed email address: `local@domain.tld`.
///
/// Deliberately simpler than RFC 5322: one `@`, a non-empty local part, a domain of at least two
/// non-empty dot-separated labels, and no whitespace anywhere. Users and customers share it.
package enum EmailAddress {
    /// Whether `text` has the form the contract accepts (`ada@example.com`).
    package static func isPlausible(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// The form two addresses are compared in: the contract says case-insensitive.
    package static func normalized(_ text: String) -> String { text.lowercased() }
}
