package import LOW

extension UniqueKey {
    /// A customer's email, held by one customer at most, whatever its case.
    package static func customerEmail(_ email: String) -> UniqueKey {
        UniqueKey(scope: "customer-email", value: EmailAddress.normalized(email))
    }
}
