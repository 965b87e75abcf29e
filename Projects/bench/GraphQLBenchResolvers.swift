import GraphQL

/// Resolvers over `GraphQLBenchStore` for every root field of Schema/; the other fields read
/// their record's entries by name (the executor's default).
enum GraphQLBenchResolvers {
    static func registry() -> Resolvers<GraphQLBenchStore> {
        var resolvers = Resolvers<GraphQLBenchStore>()
        resolvers.field("Query", "customer") { lookup($0.context.customers, $0.arguments.string("id")) }
        resolvers.field("Query", "customerByEmail") { lookup($0.context.customers, $0.arguments.string("email")) }
        resolvers.field("Query", "customers") { page($0.context.customerList, $0.arguments) }
        resolvers.field("Query", "user") { lookup($0.context.users, $0.arguments.string("id")) }
        resolvers.field("Query", "users") { page($0.context.userList, $0.arguments) }
        resolvers.field("Query", "account") { lookup($0.context.accounts, $0.arguments.string("id")) }
        resolvers.field("Query", "transfer") { lookup($0.context.transfers, $0.arguments.string("id")) }
        resolvers.field("Query", "events") { input in
            .object(["events": page(input.context.events, input.arguments), "next": .null])
        }
        registerMutations(&resolvers)
        return resolvers
    }

    private static func registerMutations(_ resolvers: inout Resolvers<GraphQLBenchStore>) {
        resolvers.field("Mutation", "InviteCustomer") { input in
            .object([
                "id": .string("9"), "email": .string(input.arguments.string("email") ?? ""),
                "invited": .boolean(true), "invitedAt": .string("2026-11-25T10:00:00Z"),
            ])
        }
        resolvers.field("Mutation", "RegisterUser") {
            GraphQLBenchStore.user(id: "9", email: $0.arguments.string("name") ?? "")
        }
        for name in ["UpdateUserEmail", "DisableUser", "RecordPageview"] {
            resolvers.field("Mutation", name) { lookup($0.context.users, $0.arguments.string("id")) }
        }
        resolvers.field("Mutation", "OpenAccount") { input in
            GraphQLBenchStore.account(
                id: "9", owner: input.arguments.string("owner") ?? "",
                balance: input.arguments.int("initialDeposit") ?? 0)
        }
        for name in ["DepositMoney", "WithdrawMoney"] {
            resolvers.field("Mutation", name) { lookup($0.context.accounts, $0.arguments.string("accountId")) }
        }
        resolvers.field("Mutation", "TransferMoney") { lookup($0.context.transfers, "1") }
    }

    private static func lookup(_ records: [String: FieldValue], _ key: String?) -> FieldValue {
        key.flatMap { records[$0] } ?? .null
    }

    private static func page(_ records: [FieldValue], _ arguments: Arguments) -> FieldValue {
        .list(Array(records.prefix(max(0, arguments.int("first") ?? 20))))
    }
}
