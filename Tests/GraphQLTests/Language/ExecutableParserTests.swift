import GraphQL
import Testing

/// Operations, selections, fragments, arguments, variables and directives (GraphQL spec (Oct 2021) §2.3-§2.12).
struct ExecutableParserTests {
    @Test func parsesTheAnonymousShorthand() throws {
        let document = try Parser.parse("{ a }")
        let operation = try #require(document.operation(named: nil))
        #expect(operation.isShorthand && operation.kind == .query && operation.name == nil)
        #expect(document.topFields().map { document.string($0.name) } == ["a"])
    }

    @Test func parsesOperationKindsNamesAndDirectives() throws {
        let document = try Parser.parse("query Q @a { x } mutation M @b(c: 1) { y } subscription S { z }")
        #expect(document.operations.map(\.kind) == [.query, .mutation, .subscription])
        let mutation = try #require(document.operation(named: "M"))
        let directive = try #require(document.nodes(mutation.directives).first)
        #expect(document.string(directive.name) == "b")
        #expect(document.arguments(of: directive).map { document.string($0.name) } == ["c"])
        #expect(document.operation(named: nil) == nil)
    }

    @Test func parsesVariableDefinitionsWithTypesDefaultsAndDirectives() throws {
        let document = try Parser.parse("query Q($a: Int, $b: [String!]! = [\"x\"] @d, $c: In = {k: 1}) { f }")
        let operation = try #require(document.operation(named: "Q"))
        let variables = document.nodes(operation.variableDefinitions)
        #expect(variables.map { document.string($0.name) } == ["a", "b", "c"])
        let b = variables[variables.startIndex + 1]
        guard case .nonNull(let list) = document[b.type].shape, case .list(let item) = document[list].shape,
            case .nonNull(let named) = document[item].shape, case .named(let name) = document[named].shape
        else {
            Issue.record("wrong type shape")
            return
        }
        #expect(document.string(name) == "String")
        #expect(document.string(document.namedType(of: b.type)) == "String")
        #expect(b.defaultValue != nil && b.directives.count == 1)
        #expect(variables.first?.defaultValue == nil)
    }

    @Test func parsesAliasesArgumentsAndNestedSelections() throws {
        let document = try Parser.parse("{ who: user(id: 4, active: true) { name friends { id } } }")
        let field = try #require(document.topFields().first)
        #expect(field.alias.map { document.string($0) } == "who")
        #expect(document.string(field.name) == "user")
        #expect(document.string(field.responseKey) == "who")
        #expect(document.arguments(of: field).map { document.string($0.name) } == ["id", "active"])
        let children = document.selections(of: try #require(field.selectionSet))
        #expect(children.count == 2)
        guard case .field(let friends) = children.last, let inner = document[friends].selectionSet else {
            Issue.record("no nested selection set")
            return
        }
        #expect(document.selections(of: inner).count == 1)
    }

    @Test func parsesFragmentSpreadsInlineFragmentsAndDefinitions() throws {
        let document = try Parser.parse(
            "{ ...F @d ... on User @e { id } ... @f { id } } fragment F on Query @g { a }")
        let selections = Array(document.selections(of: document.operations[0].selectionSet))
        guard case .fragmentSpread(let spread) = selections[0], case .inlineFragment(let typed) = selections[1],
            case .inlineFragment(let untyped) = selections[2]
        else {
            Issue.record("wrong selection kinds: \(selections)")
            return
        }
        #expect(document.string(document[spread].name) == "F" && document[spread].directives.count == 1)
        #expect(document[typed].typeCondition.map { document.string($0) } == "User")
        #expect(document[untyped].typeCondition == nil)
        let fragment = try #require(document.fragment(named: "F"))
        #expect(document.string(fragment.typeCondition) == "Query" && fragment.directives.count == 1)
        #expect(document.definitions.count == 2 && document.definitions.allSatisfy { $0.isExecutable })
    }

    @Test func parsesEveryValueKind() throws {
        let document = try Parser.parse(
            "{ f(a: $v, b: 1, c: 1.5, d: \"s\", e: true, f: null, g: RED, h: [1, [2]], i: {j: {k: 3}}) }")
        let kinds = document.arguments(of: try #require(document.topFields().first)).map { document[$0.value].kind }
        guard case .variable(let variable) = kinds[0], case .enumValue(let red) = kinds[6],
            case .list(let items) = kinds[7], case .object(let fields) = kinds[8]
        else {
            Issue.record("wrong value kinds: \(kinds)")
            return
        }
        #expect(document.string(variable) == "v" && document.string(red) == "RED")
        #expect(kinds[4] == .boolean(true) && kinds[5] == .null)
        #expect(items.count == 2)
        guard case .list(let inner) = document[items.last!].kind else {
            Issue.record("no nested list")
            return
        }
        #expect(inner.count == 1)
        let field = try #require(document.nodes(fields).first)
        #expect(document.string(field.name) == "j")
    }

    @Test func treatsKeywordsAsOrdinaryNames() throws {
        let document = try Parser.parse("{ query: mutation(on: fragment, null: false) fragment on }")
        #expect(document.topFields().map { document.string($0.name) } == ["mutation", "fragment", "on"])
    }

    @Test func recordsTheSourceLocationOfEveryNode() throws {
        let document = try Parser.parse("query Q {\n  a(x: 1)\n  ... on T { b }\n}")
        let field = try #require(document.topFields().first)
        #expect(document.location(of: field) == SourceLocation(line: 2, column: 3))
        #expect(document.location(of: document.arguments(of: field).first!) == SourceLocation(line: 2, column: 5))
        #expect(document.location(of: document.operations[0]) == SourceLocation(line: 1, column: 1))
        #expect(document.location(of: document.inlineFragments[0]) == SourceLocation(line: 3, column: 3))
    }

    // Each case: graphql-core 3.2's first error position, graphql-js's message.
    @Test(arguments: [
        ("", 1, 1, "Unexpected <EOF>."),
        ("{", 1, 2, "Expected Name, found <EOF>."),
        ("{}", 1, 2, #"Expected Name, found "}"."#),
        ("{ a(x) }", 1, 6, #"Expected ":", found ")"."#),
        ("{ a() }", 1, 5, #"Expected Name, found ")"."#),
        ("{ a: }", 1, 6, #"Expected Name, found "}"."#),
        ("query Q(", 1, 9, #"Expected "$", found <EOF>."#),
        ("query Q($a: Int = $b) { a }", 1, 19, #"Unexpected variable "$b" in constant value."#),
        ("query Q($a: Int = [1, $b]) { a }", 1, 23, #"Unexpected variable "$b" in constant value."#),
        ("fragment on on T { a }", 1, 10, #"Unexpected Name "on"."#),
        ("fragment F { a }", 1, 12, #"Expected "on", found "{"."#),
        ("{ ... on }", 1, 10, #"Expected Name, found "}"."#),
        ("\"d\" query { a }", 1, 1, "Unexpected description, descriptions are supported only on type definitions."),
        ("querry { a }", 1, 1, #"Unexpected Name "querry"."#),
        ("{ a }}", 1, 6, #"Unexpected "}"."#),
        ("{ a(x: ) }", 1, 8, #"Unexpected ")"."#),
        ("{ a(x: [1 }", 1, 11, #"Unexpected "}"."#),
    ])
    func reportsTheFirstSyntaxErrorWhereGraphQLCoreDoes(source: String, line: Int, column: Int, message: String) throws
    {
        let error = try #require(syntaxError(source))
        #expect(error.message == "Syntax Error: " + message)
        #expect(error.location == SourceLocation(line: line, column: column))
    }
}
