import GraphQL
import Testing

/// When `executeNow` answers, and that its answers are `execute`'s.
@Suite struct ExecuteNowTests {
    static let sdl = """
        type User { id: ID! name: String! mood: String }
        type Query { user(id: ID!): User, me: User!, slow: Int, version: String, boom: String! }
        type Mutation { rename(name: String!): User }
        type Subscription { ticks: Int }
        """

    /// Synchronous resolvers everywhere except `Query.slow` and `User.mood`.
    static func executor() throws -> Executor<TestContext> {
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "user") { input in
            guard input.arguments.string("id") != "missing" else { return .null }
            return .object(["id": .string(input.arguments.string("id") ?? "?"), "name": .string(input.context.label)])
        }
        resolvers.field("Query", "me") { _ in .object(["id": .string("1"), "name": .null]) }
        resolvers.field("Query", "version") { _ in .string("1.0") }
        resolvers.field("Query", "boom") { _ in throw GraphQLError(message: "boom") }
        resolvers.asyncField("Query", "slow") { _ in .int(1) }
        resolvers.asyncField("User", "mood") { _ in .string("fine") }
        resolvers.field("Mutation", "rename") { _ in .null }
        return Executor(schema: try TestSchema.build(sdl), resolvers: resolvers)
    }

    /// Runs `query` both ways; `executeNow`'s answer (nil when it declined) and `execute`'s.
    static func both(_ query: String, variables: String? = nil, operationName: String? = nil) async throws
        -> (now: String?, later: String)
    {
        let executor = try executor()
        let document = try Parser.parse(query)
        let variables = try variables.map { try JSONInput.parse($0) }
        let now = executor.executeNow(
            document: document, operationName: operationName, variables: variables, context: TestContext())
        let later = await executor.execute(
            document: document, operationName: operationName, variables: variables, context: TestContext())
        return (now?.jsonText, later.jsonText)
    }

    @Test func aQueryOfSynchronousResolversAnswersNowWithExecutesBytes() async throws {
        let (now, later) = try await Self.both(#"{ user(id: "7") { id name } version }"#)
        #expect(now == #"{"data":{"user":{"id":"7","name":"test"},"version":"1.0"}}"#)
        #expect(now == later)
    }

    @Test func errorsAndNullPropagationMatchExecute() async throws {
        for query in [
            "{ version me { id name } }", "{ boom version }", #"{ a: user(id: "missing") { id } boom }"#,
            "{ __typename v: version }", "{ __type(name: \"User\") { name fields { name } } }",
        ] {
            let (now, later) = try await Self.both(query)
            #expect(now != nil, "\(query)")
            #expect(now == later, "\(query)")
        }
    }

    @Test func errorsBeforeExecutionMatchExecute() async throws {
        let cases: [(String, String?, String?)] = [
            ("query Q($id: ID!) { user(id: $id) { id } }", #"{"id": 3.5}"#, nil),
            ("query Q($id: ID!) { user(id: $id) { id } }", nil, nil),
            ("query A { version } query B { version }", nil, nil),
            ("query A { version }", nil, "B"),
        ]
        for (query, variables, operationName) in cases {
            let (now, later) = try await Self.both(query, variables: variables, operationName: operationName)
            #expect(now?.contains("errors") == true, "\(query)")
            #expect(now == later, "\(query)")
        }
    }

    @Test func anAsyncRootResolverDeclines() async throws {
        for query in [
            "{ version slow }", "{ ... on Query { slow } }", "{ ...F } fragment F on Query { version slow }",
            "{ slow @skip(if: true) version }",
        ] {
            let (now, later) = try await Self.both(query)
            #expect(now == nil, "\(query)")
            #expect(later.contains("data"))
        }
    }

    @Test func anAsyncNestedResolverDeclines() async throws {
        let (now, later) = try await Self.both(#"{ user(id: "1") { id mood } }"#)
        #expect(now == nil)
        #expect(later == #"{"data":{"user":{"id":"1","mood":"fine"}}}"#)
    }

    @Test func mutationsAndSubscriptionsDecline() async throws {
        #expect(try await Self.both(#"mutation { rename(name: "x") { id } }"#).now == nil)
        #expect(try await Self.both("subscription { ticks }").now == nil)
        #expect(
            try await Self.both("query Q { version } mutation M { rename(name: \"x\") { id } }", operationName: "M").now
                == nil)
    }

    @Test func fragmentSpreadsInACycleDoNotHang() async throws {
        let query = "{ ...A } fragment A on Query { version ...B } fragment B on Query { ...A }"
        let (now, later) = try await Self.both(query)
        #expect(now == later)
    }
}
