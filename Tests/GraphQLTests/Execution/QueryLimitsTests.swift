import GraphQL
import Synchronization
import Testing

@Suite struct QueryLimitsTests {
    static let sdl = """
        type User { id: ID! friends(first: Int): [User!]! best: User }
        type Query { users(first: Int = 20): [User!]! me: User }
        """

    func run(_ query: String, _ limits: QueryLimits, variables: String? = nil) async throws -> (ExecutionResult, Int) {
        let calls = Mutex(0)
        var resolvers = Resolvers<TestContext>()
        let user = FieldValue.object(["id": .string("1"), "friends": .list([]), "best": .null])
        resolvers.field("Query", "users") { _ in
            calls.withLock { $0 += 1 }
            return .list([user])
        }
        resolvers.field("Query", "me") { _ in
            calls.withLock { $0 += 1 }
            return user
        }
        let result = try await runQuery(
            try TestSchema.build(Self.sdl), query, variables: variables, resolvers: resolvers, limits: limits)
        return (result, calls.withLock { $0 })
    }

    @Test func aTooDeepQueryFailsBeforeAnyResolverRuns() async throws {
        let (result, calls) = try await run("{ me { best { best { best { id } } } } }", QueryLimits(maxDepth: 4))
        #expect(calls == 0)
        #expect(
            result.jsonText
                == #"{"errors":[{"message":"Query depth 5 exceeds the maximum depth of 4.","locations":[{"line":1,"column":1}],"extensions":{"code":"QUERY_TOO_COMPLEX"}}]}"#
        )
    }

    @Test func depthAtTheMaximumRuns() async throws {
        let (result, calls) = try await run("{ me { best { best { id } } } }", QueryLimits(maxDepth: 4))
        #expect(result.errors.isEmpty)
        #expect(calls == 1)
    }

    @Test func costMultipliesByFirstOrTheDefaultListSize() async throws {
        // users(first: 2): 1 + 2 × (id 1 + friends (1 + 10 × id 1)) = 1 + 2 × 12 = 25
        let (passing, _) = try await run("{ users(first: 2) { id friends { id } } }", QueryLimits(maxCost: 25))
        #expect(passing.errors.isEmpty)
        let (failing, calls) = try await run("{ users(first: 2) { id friends { id } } }", QueryLimits(maxCost: 24))
        #expect(calls == 0)
        #expect(failing.errors.map(\.message) == ["Query cost 25 exceeds the maximum cost of 24."])
        #expect(failing.errors.first?.extensions.first?.value == "QUERY_TOO_COMPLEX")
    }

    @Test func firstFromAVariableAndFragmentsCount() async throws {
        let query = "query($n: Int) { users(first: $n) { ...F } } fragment F on User { id friends(first: 3) { id } }"
        // 1 + 100 × (1 + (1 + 3 × 1)) = 501
        let (over, _) = try await run(query, QueryLimits(maxCost: 500), variables: #"{"n": 100}"#)
        #expect(over.errors.map(\.message) == ["Query cost 501 exceeds the maximum cost of 500."])
        let (under, _) = try await run(query, QueryLimits(maxCost: 500), variables: #"{"n": 99}"#)
        #expect(under.errors.isEmpty)
    }

    @Test func skippedSelectionsAndIntrospectionDoNotCount() async throws {
        let (result, _) = try await run(
            "{ me @skip(if: true) { best { best { id } } } __schema { types { fields { type { ofType { name } } } } } }",
            QueryLimits(maxDepth: 1, maxCost: 1))
        #expect(result.errors.isEmpty, "\(result.errors)")
    }
}
