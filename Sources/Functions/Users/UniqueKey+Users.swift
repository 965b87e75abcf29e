package import LOW

extension UniqueKey {
    /// A user's name, held by one user at most, whatever its case and surrounding spaces.
    package static func userName(_ name: String) -> UniqueKey {
        UniqueKey(scope: "user-name", value: name.trimmed.lowercased())
    }
}
