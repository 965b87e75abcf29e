import GraphQL
import Synchronization
import Testing

@Suite struct ExecutionTests {
    static let sdl = """
        interface Node { id: ID! }
        type User implements Node { id: ID! name: String! friends: [User!] }
        type Post implements Node { id: ID! title: String }
        union Item = User | Post
        type Query {
          user(id: ID!): User
          node(id: ID!): Node
          items: [Item]
          slow(ms: Int!): Int
          whoami: String
          reject: String
          nested: [[User!]]
        }
        type Mutation { step(n: Int!, ms: Int!): Int }
        """

    @Test func resolversReceiveArgumentsParentAndContext() async throws {
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "user") { input in
            .object(["id": .string(input.arguments.string("id") ?? "?"), "name": .string(input.context.label)])
        }
        resolvers.field("User", "friends") { input in
            guard case .object(let parent) = input.parent, case .string(let id)? = parent["id"] else { return .null }
            return .list([.object(["id": .string(id + "-friend"), "name": .string(input.parentTypeName)])])
        }
        let result = try await runQuery(
            try TestSchema.build(Self.sdl), #"{ user(id: "7") { id name friends { id name } } }"#, resolvers: resolvers)
        #expect(
            result.jsonText
                == #"{"data":{"user":{"id":"7","name":"test","friends":[{"id":"7-friend","name":"User"}]}}}"#)
    }

    @Test func mutationFieldsRunSeriallyInDocumentOrder() async throws {
        let log = Mutex<[String]>([])
        var resolvers = Resolvers<TestContext>()
        resolvers.asyncField("Mutation", "step") { input in
            let n = input.arguments.int("n") ?? 0
            log.withLock { $0.append("start \(n)") }
            try await Task.sleep(for: .milliseconds(input.arguments.int("ms") ?? 0))
            log.withLock { $0.append("end \(n)") }
            return .int(n)
        }
        let result = try await runQuery(
            try TestSchema.build(Self.sdl),
            "mutation { c: step(n: 3, ms: 30) a: step(n: 1, ms: 1) b: step(n: 2, ms: 10) }", resolvers: resolvers)
        #expect(result.jsonText == #"{"data":{"c":3,"a":1,"b":2}}"#)
        #expect(log.withLock { $0 } == ["start 3", "end 3", "start 1", "end 1", "start 2", "end 2"])
    }

    @Test func asyncQueryFieldsRunConcurrentlyAndKeepSelectionOrder() async throws {
        let running = Mutex<(now: Int, peak: Int)>((0, 0))
        var resolvers = Resolvers<TestContext>()
        resolvers.asyncField("Query", "slow") { input in
            running.withLock {
                $0.now += 1
                $0.peak = max($0.peak, $0.now)
            }
            try await Task.sleep(for: .milliseconds(input.arguments.int("ms") ?? 0))
            running.withLock { $0.now -= 1 }
            return .int(input.arguments.int("ms") ?? 0)
        }
        resolvers.field("Query", "whoami") { _ in .string("sync") }
        let result = try await runQuery(
            try TestSchema.build(Self.sdl), "{ a: slow(ms: 60) w: whoami b: slow(ms: 5) c: slow(ms: 30) }",
            resolvers: resolvers)
        #expect(result.jsonText == #"{"data":{"a":60,"w":"sync","b":5,"c":30}}"#)
        #expect(running.withLock { $0.peak } > 1)
    }

    @Test func resolverErrorsKeepTheirExtensionsAndGainPathAndLocations() async throws {
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "reject") { _ in
            throw GraphQLError(
                message: "Email is malformed.",
                extensions: [(key: "code", value: "COMMAND_REJECTED"), (key: "reason", value: "malformed")])
        }
        let result = try await runQuery(try TestSchema.build(Self.sdl), "{\n  r: reject\n}", resolvers: resolvers)
        #expect(
            result.jsonText
                == #"{"data":{"r":null},"errors":[{"message":"Email is malformed.","locations":[{"line":2,"column":3}],"path":["r"],"extensions":{"code":"COMMAND_REJECTED","reason":"malformed"}}]}"#
        )
    }

    @Test func nullInANonNullListItemNullsTheNearestNullableListWithTheItemPath() async throws {
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "nested") { _ in
            .list([
                .list([.object(["id": .string("1"), "name": .string("a")])]), .list([.object(["id": .string("2")])]),
            ])
        }
        let result = try await runQuery(try TestSchema.build(Self.sdl), "{ nested { id name } }", resolvers: resolvers)
        #expect(
            result.jsonText
                == #"{"data":{"nested":[[{"id":"1","name":"a"}],null]},"errors":[{"message":"Cannot return null for non-nullable field User.name.","locations":[{"line":1,"column":15}],"path":["nested",1,0,"name"]}]}"#
        )
    }

    @Test func abstractTypesResolveThroughTheTypeResolverWhenThereIsNoTypename() async throws {
        struct Stored: Sendable { var id: String }
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "node") { input in .opaque(Stored(id: input.arguments.string("id") ?? "")) }
        resolvers.type("Node") { value, _ in
            guard case .opaque(let stored as Stored) = value else { return nil }
            return stored.id.hasPrefix("p") ? "Post" : "User"
        }
        resolvers.field("Post", "id") { input in
            guard case .opaque(let stored as Stored) = input.parent else { return .null }
            return .string(stored.id)
        }
        resolvers.field("Post", "title") { _ in .string("Hello") }
        let result = try await runQuery(
            try TestSchema.build(Self.sdl),
            #"{ node(id: "p1") { __typename id ... on Post { title } ... on User { name } } }"#, resolvers: resolvers)
        #expect(result.jsonText == #"{"data":{"node":{"__typename":"Post","id":"p1","title":"Hello"}}}"#)
    }

    @Test func anUnresolvableAbstractTypeIsAFieldError() async throws {
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "items") { _ in
            .list([.object(["id": .string("1")]), .object(["__typename": .string("Query")])])
        }
        let result = try await runQuery(
            try TestSchema.build(Self.sdl), "{ items { __typename } }", resolvers: resolvers)
        #expect(result.dataText == #"{"items":[null,null]}"#)
        #expect(
            result.errors.map(\.message) == [
                #"Abstract type "Item" must resolve to an Object type at runtime for field "Query.items". Either the "Item" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function."#,
                #"Runtime Object type "Query" is not a possible type for "Item"."#,
            ])
        #expect(result.errors.map(\.path) == [[.key("items"), .index(0)], [.key("items"), .index(1)]])
    }

    @Test func operationSelectionErrorsComeWithoutData() async throws {
        let schema = try TestSchema.build(Self.sdl)
        let twoOperations = "query A { whoami } query B { whoami }"
        let unnamed = try await runQuery(schema, twoOperations)
        #expect(
            unnamed.jsonText
                == #"{"errors":[{"message":"Must provide operation name if query contains multiple operations."}]}"#)
        let unknown = try await runQuery(schema, twoOperations, operationName: "C")
        #expect(unknown.jsonText == #"{"errors":[{"message":"Unknown operation named \"C\"."}]}"#)
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "whoami") { _ in .string("b") }
        let chosen = try await runQuery(schema, twoOperations, operationName: "B", resolvers: resolvers)
        #expect(chosen.jsonText == #"{"data":{"whoami":"b"}}"#)
    }

    @Test func aMutationAgainstASchemaWithoutMutationsFails() async throws {
        let schema = try TestSchema.build("type Query { a: Int }")
        let result = try await runQuery(schema, "mutation { a }")
        #expect(
            result.jsonText
                == #"{"data":null,"errors":[{"message":"Schema is not configured to execute mutation operation.","locations":[{"line":1,"column":1}]}]}"#
        )
    }
}
