import Foundation
import GraphQL
import Testing

/// Building the schema from SDL files: merging, built-ins, and the model's lookups.
struct SchemaBuilderTests {
    /// The repository's Schema/*.graphql files, as the server reads them.
    static func repositorySchemaFiles() throws -> [(name: String, source: String)] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Schema").standardized
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".graphql") }
        return try names.sorted().map { name in
            (name, try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
    }

    @Test func buildsTheRepositorySchemaFolder() throws {
        let schema = try SchemaBuilder.build(files: try Self.repositorySchemaFiles())
        #expect(schema.queryTypeName == "Query" && schema.mutationTypeName == "Mutation")
        #expect(schema.subscriptionTypeName == nil)
        let query = try #require(schema.type(named: "Query"))
        #expect(query.field(named: "user")?.type == .named("User"))
        #expect(query.field(named: "users")?.type == .nonNull(.list(.nonNull(.named("User")))))
        #expect(schema.type(named: "Mutation")?.field(named: "RegisterUser") != nil)
    }

    @Test func buildsFromADirectoryReadWithoutFoundation() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Schema").standardized.path
        let files = try SchemaBuilder.readFiles(in: folder)
        #expect(files.map(\.name) == (try Self.repositorySchemaFiles()).map(\.name))
        #expect(try SchemaBuilder.build(directory: folder).type(named: "Account") != nil)
        #expect(throws: SchemaError.self) { try SchemaBuilder.build(directory: folder + "/missing") }
    }

    @Test func listsTypesInTheOrderGraphQLCoreDoes() throws {
        let schema = try SchemaBuilder.build(files: try Self.repositorySchemaFiles())
        // graphql-core 3.2.8's `build_schema(...).type_map` over the same files, concatenated in
        // the order schema, customers, users, accounts, events.
        let files = try Self.repositorySchemaFiles()
        let ordered = ["schema.graphql", "customers.graphql", "users.graphql", "accounts.graphql", "events.graphql"]
            .compactMap { name in files.first { $0.name == name } }
        try #require(ordered.count == files.count)
        let names = try SchemaBuilder.build(files: ordered).types.map(\.name)
        #expect(
            names == [
                "DateTime", "Query", "ID", "String", "Int", "Mutation", "Customer", "Boolean", "UserStatus", "User",
                "Account", "TransferStatus", "Transfer", "Event", "EventPage", "__Schema", "__Type", "__TypeKind",
                "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ])
        #expect(schema.types.count == names.count)
    }

    @Test func buildsTheContractSchemaWithGraphQLCoresTypeOrder() throws {
        let schema = try SchemaBuilder.build(files: [("contract.graphql", try Fixtures.text("contract-schema.graphql"))]
        )
        // graphql-core 3.2.8: `list(build_schema(text).type_map)`.
        #expect(
            schema.types.map(\.name) == [
                "DateTime", "Customer", "ID", "String", "Boolean", "UserStatus", "User", "Int", "Account",
                "TransferStatus", "Transfer", "Event", "EventPage", "Mutation", "Query", "__Schema", "__Type",
                "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ])
    }

    @Test func addsTheBuiltInScalarsAndDirectives() throws {
        let schema = try SchemaBuilder.build(files: [("s.graphql", "type Query { a: Int }")])
        #expect(schema.directives.map(\.name) == ["include", "skip", "deprecated", "specifiedBy", "oneOf"])
        #expect(schema.directive(named: "skip")?.locations == [.field, .fragmentSpread, .inlineFragment])
        let deprecated = try #require(schema.directive(named: "deprecated"))
        let reason = try #require(deprecated.argument(named: "reason")?.defaultValue)
        guard case .string(let literal) = reason.document[reason.value].kind else {
            Issue.record("default is not a string")
            return
        }
        #expect(reason.document.string(literal) == "No longer supported")
        // Unused built-in scalars are not listed, as in graphql-js.
        #expect(schema.type(named: "Float") == nil && schema.type(named: "Int") != nil)
        #expect(schema.type(named: "__Type")?.field(named: "fields")?.arguments.first?.name == "includeDeprecated")
    }

    @Test func mergesExtensionsWhereverTheyAppear() throws {
        let schema = try SchemaBuilder.build(files: [
            ("a.graphql", "extend type Query { b: String }\nextend enum E { Y }"),
            ("b.graphql", "type Query { a: Int e: E }\nenum E { X }\ndirective @tag on OBJECT\nextend type Query @tag"),
        ])
        #expect(schema.type(named: "Query")?.fields.map(\.name) == ["a", "e", "b"])
        #expect(schema.type(named: "E")?.enumValues.map(\.name) == ["X", "Y"])
    }

    @Test func readsDescriptionsDeprecationsSpecifiedByAndOneOf() throws {
        let schema = try SchemaBuilder.build(files: [
            (
                "s.graphql",
                """
                "The root" type Query { a(x: Int @deprecated): Int @deprecated(reason: "gone") b(in: In): Int u: Url }
                scalar Url @specifiedBy(url: "https://example.com")
                input In @oneOf { p: Int q: String }
                enum E { A @deprecated }
                """
            )
        ])
        let query = try #require(schema.type(named: "Query"))
        #expect(query.description == "The root")
        #expect(query.field(named: "a")?.deprecationReason == "gone")
        #expect(query.field(named: "a")?.argument(named: "x")?.deprecationReason == "No longer supported")
        #expect(schema.type(named: "Url")?.specifiedByURL == "https://example.com")
        #expect(schema.type(named: "In")?.isOneOf == true)
    }

    @Test func acceptsARestatedBuiltInScalarAndAReplacedBuiltInDirective() throws {
        // As graphql-js buildASTSchema: the built-in scalar stays, the schema's directive replaces.
        let schema = try SchemaBuilder.build(files: [
            ("s.graphql", "type Query { a: String }\nscalar String\ndirective @skip(if: Boolean!) on FIELD")
        ])
        #expect(schema.type(named: "String")?.description?.hasPrefix("The `String` scalar type") == true)
        #expect(schema.directive(named: "skip")?.locations == [.field])
        #expect(schema.directives.filter { $0.name == "skip" }.count == 1)
    }

    @Test func takesRootsByNameWhenOnlyASchemaExtensionIsGiven() throws {
        let schema = try SchemaBuilder.build(files: [
            ("s.graphql", "type Query { a: Int }\ndirective @d on SCHEMA\nextend schema @d")
        ])
        #expect(schema.queryTypeName == "Query")
    }

    @Test func honoursTheSchemaDefinitionsRootTypes() throws {
        let schema = try SchemaBuilder.build(files: [
            ("s.graphql", "schema { query: Root } type Root { a: Int } type Query { b: Int }")
        ])
        #expect(schema.queryTypeName == "Root")
        #expect(schema.field(named: "__schema", on: "Root") != nil)
        #expect(schema.field(named: "__schema", on: "Query") == nil)
    }

    @Test func answersFieldsPossibleTypesAndSubtypes() throws {
        let schema = try SchemaBuilder.build(files: [
            (
                "s.graphql",
                """
                type Query { node: Node }
                interface Node { id: ID! }
                interface Named implements Node { id: ID! name: String }
                type User implements Node & Named { id: ID! name: String }
                type Bot implements Node { id: ID! }
                union Actor = User | Bot
                """
            )
        ])
        #expect(schema.possibleTypes(of: "Node") == ["User", "Bot"])
        #expect(schema.possibleTypes(of: "Named") == ["User"])
        #expect(schema.possibleTypes(of: "Actor") == ["User", "Bot"])
        #expect(schema.possibleTypes(of: "User") == ["User"])
        #expect(schema.isSubtype("User", of: "Node") && schema.isSubtype("Bot", of: "Actor"))
        #expect(!schema.isSubtype("Bot", of: "Named"))
        #expect(schema.field(named: "__typename", on: "Actor")?.type == .nonNull(.named("String")))
        #expect(schema.field(named: "name", on: "Actor") == nil)
        #expect(schema.field(named: "__type", on: "Query")?.arguments.first?.name == "name")
        #expect(schema.isTypeReference(.nonNull(.named("User")), subtypeOf: .named("Node")))
        #expect(!schema.isTypeReference(.list(.named("User")), subtypeOf: .named("Node")))
        #expect(schema.isInputType(.list(.named("ID"))) && !schema.isInputType(.named("User")))
        #expect(schema.isLeafType(.named("String")) && schema.isCompositeType(.named("Actor")))
        #expect(schema.isAbstractType(.named("Node")) && !schema.isAbstractType(.named("User")))
    }
}
