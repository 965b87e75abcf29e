import Foundation
import GraphQL
import Testing

@Suite struct IntrospectionTests {
    /// A schema with every introspection feature: descriptions, deprecations (fields, arguments,
    /// input fields, enum values), defaults of every shape, interfaces on interfaces, unions,
    /// a scalar with @specifiedBy.
    static let sdl = """
        "A moment."
        scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
        "Colours."
        enum Color { RED "green" GREEN @deprecated BLUE @deprecated(reason: "too blue") }
        input Filter { color: Color = RED, tags: [String!] = "a", inner: Inner = {a: 1, b: [1.5]}, old: Int @deprecated(reason: "gone") }
        input Inner { a: Int b: [Float] s: String = "q\\"uote\\n" }
        input One @oneOf { a: Int b: String }
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        "A user."
        type User implements Node & Named { id: ID! name: String "Old." legacy: Int @deprecated(reason: "use name") }
        union Result = User
        type Query {
          "Finds things."
          find(filter: Filter = {tags: ["x"]}, first: Int = 10, color: Color = GREEN, old: String @deprecated, id: ID = 7): [Result!]!
          node(id: ID!): Node
          when: DateTime
          one(one: One): Int
        }
        """

    static let typeQueries = [
        #"{ __type(name: "Filter") { kind name description inputFields { name type { kind name ofType { kind name ofType { kind name } } } defaultValue isDeprecated deprecationReason } } }"#,
        #"{ __type(name: "Filter") { inputFields(includeDeprecated: true) { name defaultValue isDeprecated deprecationReason } } }"#,
        #"{ __type(name: "Color") { kind name description enumValues { name description isDeprecated deprecationReason } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } fields { name } inputFields { name } } }"#,
        #"{ __type(name: "Query") { fields { name description args { name defaultValue type { kind name ofType { kind name } } } type { kind ofType { kind ofType { kind ofType { kind name } } } } } } }"#,
        #"{ __type(name: "Query") { fields { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }"#,
        #"{ __type(name: "User") { kind name description interfaces { name } possibleTypes { name } fields { name isDeprecated } all: fields(includeDeprecated: true) { name isDeprecated deprecationReason description } } }"#,
        #"{ __type(name: "Named") { kind interfaces { name } possibleTypes { name } } n: __type(name: "Node") { possibleTypes { name } } r: __type(name: "Result") { kind possibleTypes { name } fields { name } interfaces { name } } }"#,
        #"{ __type(name: "DateTime") { kind name description specifiedByURL fields { name } ofType { name } } s: __type(name: "String") { kind name specifiedByURL } }"#,
        #"{ __type(name: "Inner") { isOneOf } o: __type(name: "One") { isOneOf inputFields { name } } u: __type(name: "User") { isOneOf } }"#,
        #"{ __type(name: "Missing") { name } __schema { queryType { name } mutationType { name } subscriptionType { name } } }"#,
        #"{ __type(name: "__Type") { name kind fields { name args { name defaultValue } } } }"#,
        #"{ __schema { directives { name isRepeatable locations args { name defaultValue type { kind name ofType { name } } } } } }"#,
    ]

    @Test func typeQueriesMatchGraphQLCore() async throws {
        guard let python = graphQLCorePython else {
            Issue.record("SKIPPED LOUDLY: python3 with graphql-core is not installed; introspection test did not run")
            return
        }
        let schema = try TestSchema.build(Self.sdl)
        var ours: [String] = []
        for query in Self.typeQueries { ours.append(try await runQuery(schema, query).jsonText) }
        let input = try JSONSerialization.data(withJSONObject: ["sdl": Self.sdl, "queries": Self.typeQueries])
        let output = try await runPython(python, script: Self.typeScript, input: input)
        let theirs = try #require(try JSONSerialization.jsonObject(with: output) as? [String])
        #expect(theirs.count == ours.count)
        for (index, (mine, reference)) in zip(ours, theirs).enumerated() {
            #expect(mine == reference, "query \(index): \(Self.typeQueries[index])")
        }
    }

    static let typeScript = #"""
        import json, sys
        from graphql import build_schema, parse, execute
        spec = json.load(sys.stdin)
        schema = build_schema(spec["sdl"])
        out = []
        for query in spec["queries"]:
            result = execute(schema, parse(query))
            formatted = {"data": result.data}
            if result.errors:
                formatted["errors"] = [e.formatted for e in result.errors]
            out.append(json.dumps(formatted, separators=(",", ":"), ensure_ascii=False))
        print(json.dumps(out))
        """#

    /// graphql-core's full introspection query (every option on) against the repository's
    /// schema builds a client schema that prints the same as graphql-core's own build of the SDL.
    @Test func standardIntrospectionQueryRebuildsTheRepositorySchema() async throws {
        guard let python = graphQLCorePython else {
            Issue.record("SKIPPED LOUDLY: python3 with graphql-core is not installed; introspection test did not run")
            return
        }
        let query = String(
            decoding: try await runPython(python, script: Self.queryScript, input: Data()), as: UTF8.self)
        let sdl = try TestSchema.repositorySDL()
        let result = try await runQuery(try TestSchema.build(sdl), query)
        #expect(result.errors.isEmpty, "\(result.errors)")
        let input = try JSONSerialization.data(withJSONObject: ["sdl": sdl, "result": result.jsonText])
        let verdict = String(
            decoding: try await runPython(python, script: Self.compareScript, input: input), as: UTF8.self)
        #expect(verdict == "same\n", "\(verdict)")
    }

    static let queryScript = #"""
        import sys
        from graphql import get_introspection_query
        sys.stdout.write(get_introspection_query(descriptions=True, specified_by_url=True,
            directive_is_repeatable=True, schema_description=True, input_value_deprecation=True,
            input_object_one_of=True))
        """#

    static let compareScript = #"""
        import json, sys, difflib
        from graphql import build_schema, build_client_schema, print_schema, lexicographic_sort_schema
        spec = json.load(sys.stdin)
        result = json.loads(spec["result"])
        served = print_schema(lexicographic_sort_schema(build_client_schema(result["data"])))
        expected = print_schema(lexicographic_sort_schema(build_schema(spec["sdl"])))
        if served == expected:
            print("same")
        else:
            print("\n".join(difflib.unified_diff(expected.splitlines(), served.splitlines(), "sdl", "served")))
        """#

    @Test func unknownTypeIsNullAndRootTypesAreNamed() async throws {
        let schema = try TestSchema.build(Self.sdl)
        let result = try await runQuery(
            schema, #"{ __type(name: "Nope") { name } __schema { queryType { name } mutationType { name } } }"#)
        #expect(
            result.jsonText
                == #"{"data":{"__type":null,"__schema":{"queryType":{"name":"Query"},"mutationType":null}}}"#)
    }

    @Test func schemaTypesListsEveryNamedTypeOnce() async throws {
        let schema = try TestSchema.build(Self.sdl)
        let result = try await runQuery(schema, "{ __schema { types { name } } }")
        let text = try #require(result.dataText)
        for name in ["User", "Filter", "Color", "DateTime", "__Type", "__Schema", "String"] {
            #expect(text.components(separatedBy: "\"name\":\"\(name)\"").count == 2, "\(name)")
        }
    }
}
