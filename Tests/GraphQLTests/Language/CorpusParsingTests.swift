import GraphQL
import Testing

/// Every corpus file parses, executable and SDL alike.
struct CorpusParsingTests {
    @Test(arguments: try Fixtures.allNames())
    func parsesTheCorpusFile(name: String) throws {
        let document = try Parser.parse(try Fixtures.text(name))
        #expect(!document.definitions.isEmpty)
    }

    @Test func parsesTheKitchenSinkIntoTheExpectedDefinitions() throws {
        let document = try Parser.parse(try Fixtures.text("kitchen-sink.graphql"))
        #expect(document.operations.count == 6)
        #expect(document.fragments.count == 2)
        #expect(document.operations.last?.isShorthand == true)
    }

    @Test func parsesTheSchemaKitchenSinkIntoTheExpectedDefinitions() throws {
        let document = try Parser.parse(try Fixtures.text("schema-kitchen-sink.graphql"))
        #expect(document.schemaDefinitions.count == 3)
        #expect(document.directiveDefinitions.count == 3)
        #expect(document.typeDefinitions.filter { $0.isExtension }.count == 11)
    }
}
