import Foundation
import GraphQL
import Testing

/// The validator as the server runs it: every rule at once, against the repository's schema and
/// graphql-js' harness schema. Expectations were checked with graphql-core 3.2.8.
@Suite struct ValidatorTests {
    static let corpusDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/bff")

    static func corpus() throws -> [(name: String, source: String)] {
        try FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path).filter { $0.hasSuffix(".graphql") }
            .sorted().map { name in
                (name, try String(contentsOf: corpusDirectory.appendingPathComponent(name), encoding: .utf8))
            }
    }

    @Test("every BFF corpus document is valid against the repository schema")
    func corpusIsValid() throws {
        let schema = try ValidationHarness.repositorySchema()
        let corpus = try Self.corpus()
        #expect(corpus.count == 20)
        for (name, source) in corpus {
            let errors = try ValidationHarness.errors(source, rules: .all, schema: schema)
            #expect(errors.isEmpty, "\(name): \(errors)")
        }
    }

    @Test("a subscription fails validation because the schema has no subscription type")
    func subscriptionIsRefused() throws {
        let schema = try ValidationHarness.repositorySchema()
        let errors = try ValidationHarness.errors(
            "subscription OnCustomer {\n  customer(id: \"1\") { id }\n}", rules: .all, schema: schema)
        #expect(errors == [#"The subscription operation is not supported by the schema. (1:1)"#])
    }

    @Test("a type-system definition sent as a request fails validation")
    func typeSystemDefinitionIsRefused() throws {
        let schema = try ValidationHarness.repositorySchema()
        let errors = try ValidationHarness.errors(
            "type Customer { id: ID }\n\nextend type Query { x: Int }", rules: .all, schema: schema)
        #expect(
            errors == [
                #"The "Customer" definition is not executable. (1:1)"#,
                #"The "Query" definition is not executable. (3:1)"#,
            ])
    }

    @Test("the knownOperationTypes rule accepts operations whose root type exists")
    func knownRootTypesPass() throws {
        let schema = try ValidationHarness.harness.get()
        let source =
            "query { dog { name } }\nmutation M { setName(name: \"x\") { name } }\nsubscription S { importantEmails }"
        #expect(try ValidationHarness.errors(source, rules: .knownOperationTypes, schema: schema) == [])
    }

    @Test("errors of all rules come in graphql-js order")
    func errorsComeInGraphQLJSOrder() throws {
        let schema = try ValidationHarness.harness.get()
        let source = """
            query Q($v: Int) {
              dog { name(surname: $v) nickname: barks @onField @onField }
              ...F
            }
            fragment F on QueryRoot { cat { meows(x: 1) } ...G }
            fragment G on QueryRoot { ...F human(id: 1.5) { pets } }
            type T { a: Int }

            """
        let errors = try ValidationHarness.errors(source, rules: .all, schema: schema)
        #expect(
            errors == [
                #"The "T" definition is not executable. (7:1)"#,
                #"The directive "@onField" can only be used once at this location. (2:43, 2:52)"#,
                #"Variable "$v" of type "Int" used in position expecting type "Boolean". (1:9, 2:23)"#,
                #"Cannot spread fragment "F" within itself via "G". (5:47, 6:27)"#,
                #"Unknown argument "x" on field "Cat.meows". (5:39)"#,
                #"ID cannot represent a non-string and non-integer value: 1.5 (6:42)"#,
                #"Field "pets" of type "[Pet]" must have a selection of subfields. Did you mean "pets { ... }"? (6:49)"#,
            ])
    }

    @Test("validation gives up after 100 errors, as graphql-js does")
    func stopsAfterMaxErrors() throws {
        let schema = try ValidationHarness.harness.get()
        let source = "{ " + (0..<105).map { "f\($0)" }.joined(separator: " ") + " }"
        let errors = try ValidationHarness.errors(source, rules: .all, schema: schema)
        #expect(errors.count == 101)
        #expect(errors.last == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(errors.dropLast().last == #"Cannot query field "f99" on type "QueryRoot". (1:389)"#)
    }

    @Test("columns count code points, not bytes")
    func columnsCountCodePoints() throws {
        let schema = try ValidationHarness.harness.get()
        let errors = try ValidationHarness.errors("{ dog { name(surname: \"é→\") x } }", rules: .all, schema: schema)
        #expect(
            errors == [
                #"Boolean cannot represent a non boolean value: "é→" (1:23)"#,
                #"Cannot query field "x" on type "Dog". (1:29)"#,
            ])
    }

    @Test("fragments nested thousands deep are refused with one error instead of overflowing the stack")
    func deepFragmentChainsAreRefused() throws {
        let schema = try ValidationHarness.harness.get()
        let count = 5_000
        let chain = (0..<count).map { "fragment F\($0) on Dog { ...F\($0 + 1) }" }.joined(separator: "\n")
        let source = "{ dog { name ...F0 } }\n" + chain + "\nfragment F\(count) on Dog { name }"
        let errors = try ValidationHarness.errors(source, rules: .all, schema: schema)
        #expect(errors == ["The document nests fragments too deeply to be validated."])
    }

    @Test("fragments nested a hundred deep validate normally")
    func moderateFragmentChainsValidate() throws {
        let schema = try ValidationHarness.harness.get()
        let chain = (0..<100).map { "fragment F\($0) on Dog { name ...F\($0 + 1) }" }.joined(separator: "\n")
        let source = "{ dog { name ...F0 } }\n" + chain + "\nfragment F100 on Dog { name: nickname }"
        let errors = try ValidationHarness.errors(source, rules: .all, schema: schema)
        let message =
            #"Fields "name" conflict because "name" and "nickname" are different fields. Use different aliases on the fields to fetch both if this was intentional."#
        #expect(errors == [message + " (1:9, 102:24)", message + " (101:23, 102:24)"])
    }
}
