import GraphQL
import Testing

/// A broken schema fails at start-up with every problem named by file, line and column.
struct SchemaValidationTests {
    private func problems(_ sdl: String, file: String = "bad.graphql") -> [String] {
        do {
            _ = try SchemaBuilder.build(files: [("ok.graphql", "type Query { ok: Int }\n"), (file, sdl)])
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test(arguments: [
        ("type A { a: Int }\ntype B { b: Usr }", #"bad.graphql:2:13: Unknown type "Usr"."#),
        ("type A { a: Int }\ntype A { b: Int }", #"bad.graphql:2:6: There can be only one type named "A"."#),
        (
            "type __Type { a: Int }",
            #"bad.graphql:1:6: Name "__Type" must not begin with "__", which is reserved by GraphQL introspection."#
        ),
        (
            "type __A { a: Int }",
            #"bad.graphql:1:6: Name "__A" must not begin with "__", which is reserved by GraphQL introspection."#
        ),
        (
            "type A { __a: Int }",
            #"bad.graphql:1:10: Name "__a" must not begin with "__", which is reserved by GraphQL introspection."#
        ),
        ("type A { a: Int a: String }", #"bad.graphql:1:17: Field "A.a" can only be defined once."#),
        ("type A { a(x: Int, x: Int): Int }", #"bad.graphql:1:20: Argument "A.a(x:)" can only be defined once."#),
        (
            "interface I { a: Int }\ntype A implements I { b: Int }",
            "bad.graphql:2:6: Interface field I.a expected but A does not provide it."
        ),
        (
            "interface I { a: Int }\ntype A implements I { a: String }",
            "bad.graphql:2:26: Interface field I.a expects type Int but A.a is type String."
        ),
        (
            "interface I { a(x: Int): Int }\ntype A implements I { a: Int }",
            "bad.graphql:2:23: Interface field argument I.a(x:) expected but A.a does not provide it."
        ),
        (
            "interface I { a: Int }\ntype A implements I { a(y: Int!): Int }",
            "bad.graphql:2:23: Object field A.a includes required argument y that is missing from the Interface field I.a."
        ),
        (
            "type B { b: Int }\ntype A implements B { b: Int }",
            "bad.graphql:2:19: Type A must only implement Interface types, it cannot implement B."
        ),
        (
            "interface J { a: Int }\ninterface I implements J { a: Int }\ntype A implements I { a: Int }",
            "bad.graphql:3:19: Type A must implement J because it is implemented by I."
        ),
        (
            "interface I { a: Int }\nunion U = I",
            "bad.graphql:2:11: Union type U can only include Object types, it cannot include I."
        ),
        ("input In { a: Int }\ntype A { a: In }", "bad.graphql:2:13: The type of A.a must be Output Type but got: In."),
        (
            "type B { b: Int }\ntype A { a(x: [B!]): Int }",
            "bad.graphql:2:15: The type of A.a(x:) must be Input Type but got: [B!]."
        ),
        ("type B { b: Int }\ninput In { b: B }", "bad.graphql:2:15: The type of In.b must be Input Type but got: B."),
        (
            "directive @tag on OBJECT\ntype A\nextend type A @tag",
            "bad.graphql:2:6: Type A must define one or more fields."
        ),
        ("union U", "bad.graphql:1:7: Union type U must define one or more member types."),
        ("enum E", "bad.graphql:1:6: Enum type E must define one or more values."),
        ("input In", "bad.graphql:1:7: Input Object type In must define one or more fields."),
        ("extend type Nope { a: Int }", #"bad.graphql:1:13: Cannot extend type "Nope" because it is not defined."#),
        ("enum E { A }\nextend type E { a: Int }", #"bad.graphql:2:13: Cannot extend non-object type "E"."#),
        (
            "schema { query: In }\ninput In { a: Int }",
            "bad.graphql:1:17: Query root type must be Object type, it cannot be In."
        ),
        (
            "input A { b: B! }\ninput B { a: A! }",
            #"bad.graphql:1:11: Cannot reference Input Object "A" within itself through a series of non-null fields: "b.a"."#
        ),
        ("input In @oneOf { a: Int! }", "bad.graphql:1:19: OneOf input field In.a must be nullable."),
        ("type A { a: Int @unknown }", #"bad.graphql:1:17: Unknown directive "@unknown"."#),
        ("type A @deprecated { a: Int }", #"bad.graphql:1:8: Directive "@deprecated" may not be used on OBJECT."#),
        (
            "scalar S @specifiedBy",
            #"bad.graphql:1:10: Directive "@specifiedBy" argument "url" of type "String!" is required, but it was not provided."#
        ),
        ("type A { a(x: Int! @deprecated): Int }", "bad.graphql:1:20: Required argument A.a(x:) cannot be deprecated."),
        (
            "directive @d on FIELD\ndirective @d on QUERY",
            #"bad.graphql:2:12: There can be only one directive named "@d"."#
        ),
        ("query { a }", "bad.graphql:1:1: A schema file may not contain operations."),
        ("type A { a: Int ", "bad.graphql:1:17: Syntax Error: Expected Name, found <EOF>."),
    ])
    func reportsTheProblemWithItsFileLineAndColumn(sdl: String, expected: String) {
        #expect(problems(sdl) == [expected])
    }

    @Test func reportsAMissingQueryType() throws {
        #expect(throws: SchemaError.self) { try SchemaBuilder.build(files: [("s.graphql", "type A { a: Int }")]) }
    }

    @Test func reportsEveryProblemInSourceOrderAcrossFiles() throws {
        do {
            _ = try SchemaBuilder.build(files: [
                ("a.graphql", "type Query { a: Nope }"), ("b.graphql", "\n\ntype B { b: Missing }"),
            ])
            Issue.record("expected a SchemaError")
        } catch {
            #expect(
                error.problems.map(\.description) == [
                    #"a.graphql:1:17: Unknown type "Nope"."#, #"b.graphql:3:13: Unknown type "Missing"."#,
                ])
        }
    }

    @Test func reportsSyntaxErrorsOfEveryFile() throws {
        do {
            _ = try SchemaBuilder.build(files: [("a.graphql", "type Query {"), ("b.graphql", "type B { b: }")])
            Issue.record("expected a SchemaError")
        } catch {
            #expect(error.problems.map(\.file) == ["a.graphql", "b.graphql"])
            #expect(error.problems.map(\.column) == [13, 13])
        }
    }
}
