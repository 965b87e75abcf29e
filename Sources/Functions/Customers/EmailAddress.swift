/// The domain's notion of a well-formed email address: `local@domain.tld`.
///
/// Deliberately simpler than RFC 5322: one `@`, a non-empty local part, a domain of at least two
/// non-empty dot-separated labels, and no whitespace anywhere. Users and customers share it.
package enum EmailAddress {
    /// Whether `text` has the form the contract accepts (`ada@example.com`).
    package static func isPlausible(_ text: String) -> Bool {
        // Every invitation checks its address: an ASCII address is checked in one pass over its
        // bytes, where walking Characters (grapheme breaking) cost 3–4% of an invitation's CPU.
        if let verdict = text.utf8.withContiguousStorageIfAvailable(isPlausibleASCII) ?? nil { return verdict }
        return isPlausibleText(text)
    }

    /// The same rule over ASCII bytes; nil when a byte is not ASCII (the caller then checks Characters).
    private static func isPlausibleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var sawAt = false
        var localLength = 0
        var labels = 0
        var labelLength = 0
        var hasEmptyLabel = false
        for byte in bytes {
            if byte >= 0x80 { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { return false }
            if byte == UInt8(ascii: "@") {
                if sawAt { return false }
                sawAt = true
            } else if !sawAt {
                localLength += 1
            } else if byte == UInt8(ascii: ".") {
                if labelLength == 0 { hasEmptyLabel = true }
                labels += 1
                labelLength = 0
            } else {
                labelLength += 1
            }
        }
        guard sawAt, localLength > 0 else { return false }
        if labelLength == 0 { hasEmptyLabel = true }
        return labels + 1 >= 2 && !hasEmptyLabel
    }

    /// The rule over Characters, for addresses with non-ASCII text (Unicode whitespace included).
    private static func isPlausibleText(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace) else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// The form two addresses are compared in: the contract says case-insensitive.
    package static func normalized(_ text: String) -> String {
        // Every invitation normalizes its address more than once (unique key, index key), and
        // `lowercased()` builds a new String each time; an ASCII address with no capital letter is
        // already its own lowercase form, so it is returned as is (sharing its storage).
        let unchanged = text.utf8.withContiguousStorageIfAvailable(isLowercaseASCII) ?? false
        return unchanged ? text : text.lowercased()
    }

    /// Whether every byte is ASCII and none is a capital letter.
    private static func isLowercaseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return false }
        return true
    }
}
