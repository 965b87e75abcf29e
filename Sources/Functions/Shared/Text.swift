extension String {
    /// Empty or only whitespace: what the domain calls blank (a name, an owner).
    var isBlank: Bool { allSatisfy(\.isWhitespace) }

    /// The text without leading and trailing whitespace.
    var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
            let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
