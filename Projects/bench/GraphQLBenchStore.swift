import GraphQL

/// The in-memory data the pipeline's resolvers answer from: a few records per type, as the
/// read models would hold them, already in the executor's value form.
struct GraphQLBenchStore: Sendable {
    var customers: [String: FieldValue] = [:]
    var users: [String: FieldValue] = [:]
    var accounts: [String: FieldValue] = [:]
    var transfers: [String: FieldValue] = [:]
    var customerList: [FieldValue] = []
    var userList: [FieldValue] = []
    var events: [FieldValue] = []

    /// Three customers, users, accounts and transfers with ids "1" to "3", and ten events.
    static let sample: GraphQLBenchStore = {
        var store = GraphQLBenchStore()
        for number in 1...3 {
            let id = String(number)
            let customer = FieldValue.object([
                "id": .string(id), "email": .string("c\(id)@example.com"), "invited": .boolean(true),
                "invitedAt": .string("2026-11-25T10:00:0\(id)Z"),
            ])
            store.customers[id] = customer
            store.customers["c\(id)@example.com"] = customer
            store.customerList.append(customer)
            let user = user(id: id, email: "u\(id)@example.com")
            store.users[id] = user
            store.userList.append(user)
            store.accounts[id] = account(id: id, owner: "owner \(id)", balance: number * 1000)
            store.transfers[id] = .object([
                "id": .string(id), "from": .string("1"), "to": .string("2"), "amount": .int(number * 10),
                "status": .string("COMPLETED"), "reason": .null,
            ])
        }
        store.events = (0..<10).map { event($0) }
        return store
    }()

    static func user(id: String, email: String) -> FieldValue {
        .object([
            "id": .string(id), "name": .string("user \(id)"), "age": .int(30), "email": .string(email),
            "status": .string("ACTIVE"), "viewcount": .int(7),
        ])
    }

    static func account(id: String, owner: String, balance: Int) -> FieldValue {
        .object(["id": .string(id), "owner": .string(owner), "balance": .int(balance), "version": .int(3)])
    }

    private static func event(_ number: Int) -> FieldValue {
        .object([
            "id": .string("e\(number)"), "type": .string("MoneyDeposited"), "streamId": .string("1"),
            "version": .int(number + 1), "position": .string(String(number)),
            "occurredAt": .string("2026-11-25T10:00:00Z"), "commandId": .string("cmd\(number)"),
            "data": .string("{\"amount\":\(number)}"),
        ])
    }
}
