import Functions
import InProcess
import LOW
import Testing

/// `ReadModelQuery` bindings answer the same through the async and the synchronous reads.
struct ReadModelQueryTests {
    func store() async throws -> InMemoryReadModelStore {
        let store = InMemoryReadModelStore()
        for (n, email) in ["a@x.io", "B@x.io", "c@x.io"].enumerated() {
            let row = Customer(id: "c\(n)", email: email, invited: true, invitedAt: nil)
            try await store.save(row, id: row.id, of: Customer.self, projector: "customers", position: Int64(n + 1))
        }
        return store
    }

    func binding(_ field: String) throws -> ReadModelQuery {
        try #require(Domain.queries.first { $0.field == field })
    }

    static let cases: [(String, Value)] = [
        ("customer", ["id": "c1"]),
        ("customer", ["id": "none"]),
        ("customerByEmail", ["email": "b@X.io"]),
        ("customers", ["first": 2, "after": "c0"]),
        ("customers", ["first": 5]),
        ("customers", ["first": -1]),
        ("customers", ["first": 5, "after": "none"]),
    ]

    @Test(arguments: cases)
    func answersTheSameSynchronouslyAndAsynchronously(field: String, arguments: Value) async throws {
        let store = try await store()
        let binding = try binding(field)
        let now = try binding.loadNow(arguments, from: store)
        let later = try await binding.load(arguments, from: store)
        #expect(now == later)
    }

    @Test func findsRowsByIdByIndexAndByPage() async throws {
        let store = try await store()
        #expect(try binding("customer").loadNow(["id": "c1"], from: store)["email"] == "B@x.io")
        #expect(try binding("customerByEmail").loadNow(["email": "B@X.IO"], from: store)["id"] == "c1")
        let page = try binding("customers").loadNow(["first": 2, "after": "c0"], from: store)
        let expected = try [store.rowNow(Customer.self, id: "c1"), store.rowNow(Customer.self, id: "c2")]
        #expect(page == .list(expected.map { $0?.value ?? .null }))
        #expect(try binding("customer").loadNow(["id": "none"], from: store) == .null)
    }

    @Test func bindingsNameTheirTableAndType() throws {
        let binding = try binding("customerByEmail")
        #expect(binding.table == "customers")
        #expect(binding.typeName == "Customer")
        #expect(binding.shape == .byIndex(index: Customer.emailIndex, argument: "email"))
    }
}
