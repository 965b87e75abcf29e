package import LOW

extension Domain {
    /// The Query fields of `Schema/` that read read models, bound to their tables. The gateway
    /// checks them against the schema at start-up; `events(...)` is the gateway's own.
    package static let queries: [ReadModelQuery] = [
        .byID("customer", Customer.self),
        .byIndex(
            "customerByEmail", Customer.self, index: Customer.emailIndex, argument: "email", key: Customer.emailKey),
        .page("customers", Customer.self),
        .byID("user", User.self),
        .page("users", User.self),
        .byID("account", Account.self),
        .byID("transfer", Transfer.self),
    ]
}
