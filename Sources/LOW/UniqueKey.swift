/// A value that at most one entity may hold at a time, such as a customer's email.
///
/// Handlers claim keys in `write`; the store grants a claim in the same atomic commit as the events,
/// so of two concurrent commands claiming one key, the second fails at commit and is retried (its
/// new lookup then sees the owner and rejects).
package struct UniqueKey: Sendable, Hashable, CustomStringConvertible {
    /// The kind of key (`customer-email`): two scopes never collide.
    package var scope: String
    /// The normalized value (lower-cased where the domain says case-insensitive).
    package var value: String

    package init(scope: String, value: String) {
        self.scope = scope
        self.value = value
    }

    package var description: String { "\(scope):\(value)" }
}
