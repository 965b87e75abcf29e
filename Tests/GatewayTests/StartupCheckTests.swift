import Functions
import GraphQL
import LOW
import Testing

@testable import Gateway

/// The gateway refuses to start when the schema, the bindings and the catalog disagree.
struct StartupCheckTests {
    func schema(adding extra: String = "", removing removed: String? = nil) throws -> Schema {
        let directory = GatewayHarness.schemaDirectory()
        var files = try SchemaBuilder.readFiles(in: directory)
        if let removed { files = files.map { ($0.name, $0.source.replacing(removed, with: "")) } }
        if !extra.isEmpty { files.append(("extra.graphql", extra)) }
        return try SchemaBuilder.build(files: files)
    }

    func startError(
        schema: Schema, queries: [ReadModelQuery] = Domain.queries, catalog: Catalog = Domain.catalog
    ) -> GatewayStartError? {
        do {
            _ = try Gateway(
                schema: schema, queries: queries, backend: StubBackend(catalog: catalog), configuration: .init())
            return nil
        } catch {
            return error
        }
    }

    @Test func theExampleDomainStarts() throws {
        #expect(startError(schema: try schema()) == nil)
    }

    @Test func aMutationWithoutACommandStopsTheStart() throws {
        let error = startError(schema: try schema(adding: "extend type Mutation { Frobnicate(x: Int): Customer }"))
        #expect(error?.problems == ["mutation Frobnicate has no client command of that name in the catalog"])
        #expect(error?.description.contains("Frobnicate") == true)
    }

    @Test func aCommandWithoutAMutationStopsTheStart() throws {
        var catalog = Domain.catalog
        catalog.handlers.append(AnyHandler(FrobnicateHandler()))
        let error = startError(schema: try schema(), catalog: catalog)
        #expect(error?.problems == ["client command Frobnicate has no mutation field in the schema"])
    }

    @Test func aClientCommandThatNamesNoAnsweringProjectorStopsTheStart() throws {
        var catalog = Domain.catalog
        let index = try #require(catalog.handlers.firstIndex { $0.commandName == "DisableUser" })
        catalog.handlers[index] = AnyHandler(DisableUserHandler())
        let error = startError(schema: try schema(), catalog: catalog)
        #expect(error?.problems == ["client command DisableUser names no projector whose row answers it"])
    }

    @Test func aMutationRemovedFromTheSchemaLeavesItsCommandWithoutAMutation() throws {
        let error = startError(schema: try schema(removing: "RegisterUser(name: String!, age: Int): User"))
        #expect(error?.problems == ["client command RegisterUser has no mutation field in the schema"])
    }

    @Test func aMutationReturningAnotherTypeThanItsReadModelStopsTheStart() throws {
        let retyped = startError(
            schema: try schema(
                adding: "extend type Mutation { DisableUser(id: ID!): Account }", removing: "DisableUser(id: ID!): User"
            ))
        #expect(
            retyped?.problems == [
                "mutation DisableUser returns Account but its command is answered from users, whose rows are User"
            ])
    }

    @Test func aQueryFieldWithoutABindingStopsTheStart() throws {
        let error = startError(schema: try schema(adding: "extend type Query { everything: [Customer!]! }"))
        #expect(error?.problems == ["query everything is bound to no read model and is not built in"])
    }

    @Test func aBindingTheSchemaLacksStopsTheStart() throws {
        let queries = Domain.queries + [.byID("client", Customer.self)]
        #expect(
            startError(schema: try schema(), queries: queries)?.problems == [
                "a read-model binding names query client, which the schema lacks"
            ])
    }

    @Test func aBindingWithAnArgumentTheFieldLacksStopsTheStart() throws {
        let queries =
            Domain.queries.filter { $0.field != "customer" } + [.byID("customer", Customer.self, argument: "key")]
        #expect(
            startError(schema: try schema(), queries: queries)?.problems == [
                "query customer has no argument key for its read-model binding"
            ])
    }

    @Test func aBindingToATableNoProjectorWritesStopsTheStart() throws {
        var catalog = Domain.catalog
        catalog.projectors.removeAll { $0.table == "transfers" }
        let error = startError(schema: try schema(), catalog: catalog)
        #expect(error?.problems == ["query transfer reads table transfers, which no projector writes"])
    }
}
