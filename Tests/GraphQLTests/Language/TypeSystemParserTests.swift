import GraphQL
import Testing

/// Type-system definitions and extensions (GraphQL spec (Oct 2021) §3).
struct TypeSystemParserTests {
    @Test func parsesSchemaDefinitionsAndExtensions() throws {
        let document = try Parser.parse(
            "\"d\" schema @a { query: Q mutation: M } extend schema @b extend schema { subscription: S }")
        #expect(document.schemaDefinitions.map(\.isExtension) == [false, true, true])
        let schema = document.schemaDefinitions[0]
        #expect(schema.description.map { document.string($0) } == "d")
        #expect(document.nodes(schema.operationTypes).map(\.operation) == [.query, .mutation])
        #expect(document.nodes(schema.operationTypes).map { document.string($0.type) } == ["Q", "M"])
    }

    @Test func parsesObjectsWithInterfacesFieldsArgumentsAndDirectives() throws {
        let document = try Parser.parse(
            """
            \"\"\"Doc\"\"\"
            type T implements & A & B @d {
              "f doc" f("x doc" x: Int = 1 @e, y: [S!]): String! @deprecated(reason: "no")
              g: T
            }
            """)
        let type = document.typeDefinitions[0]
        #expect(type.kind == .object && !type.isExtension)
        #expect(type.description.map { document.string($0) } == "Doc")
        #expect(document.nodes(type.interfaces).map { document.string($0) } == ["A", "B"])
        #expect(type.directives.count == 1)
        let fields = document.nodes(type.fields)
        #expect(fields.map { document.string($0.name) } == ["f", "g"])
        let f = fields[fields.startIndex]
        #expect(f.description.map { document.string($0) } == "f doc" && f.directives.count == 1)
        let arguments = document.nodes(f.arguments)
        #expect(arguments.map { document.string($0.name) } == ["x", "y"])
        #expect(arguments.first?.description.map { document.string($0) } == "x doc")
        #expect(arguments.first?.defaultValue != nil && arguments.first?.directives.count == 1)
    }

    @Test func parsesScalarsInterfacesUnionsEnumsAndInputs() throws {
        let document = try Parser.parse(
            """
            scalar Url @specifiedBy(url: "u")
            interface I implements J { id: ID! }
            union U @d = | A | B
            enum E { "v" A B @deprecated }
            input In @oneOf { a: Int = 1, b: [In!] }
            """)
        #expect(document.typeDefinitions.map(\.kind) == [.scalar, .interface, .union, .enumeration, .inputObject])
        let types = document.typeDefinitions
        #expect(document.nodes(types[1].interfaces).map { document.string($0) } == ["J"])
        #expect(document.nodes(types[2].unionMembers).map { document.string($0) } == ["A", "B"])
        #expect(document.nodes(types[3].enumValues).map { document.string($0.name) } == ["A", "B"])
        #expect(document.nodes(types[4].inputFields).map { document.string($0.name) } == ["a", "b"])
    }

    @Test func parsesEveryExtensionForm() throws {
        let document = try Parser.parse(
            """
            extend scalar S @d
            extend type T implements I
            extend type T @d
            extend type T { f: Int }
            extend interface I { f: Int }
            extend union U = A
            extend enum E { X }
            extend input In { f: Int }
            """)
        #expect(document.typeDefinitions.allSatisfy { $0.isExtension })
        #expect(document.typeDefinitions.count == 8)
    }

    @Test func parsesDirectiveDefinitions() throws {
        let document = try Parser.parse("\"d\" directive @x(a: Int = 1) repeatable on | FIELD | QUERY")
        let directive = document.directiveDefinitions[0]
        #expect(document.string(directive.name) == "x" && directive.isRepeatable)
        #expect(document.nodes(directive.locations).map { document.string($0) } == ["FIELD", "QUERY"])
        #expect(directive.arguments.count == 1)
    }

    // Each case: graphql-core 3.2's first error position, graphql-js's message.
    @Test(arguments: [
        ("extend type A", 1, 14, "Unexpected <EOF>."),
        ("extend schema", 1, 14, "Unexpected <EOF>."),
        ("extend foo", 1, 8, #"Unexpected Name "foo"."#),
        ("schema { foo: Q }", 1, 10, #"Unexpected Name "foo"."#),
        ("schema {}", 1, 9, #"Expected Name, found "}"."#),
        ("type T {}", 1, 9, #"Expected Name, found "}"."#),
        ("type T implements { a: Int }", 1, 19, #"Expected Name, found "{"."#),
        ("union U = A |", 1, 14, "Expected Name, found <EOF>."),
        ("enum E { true }", 1, 10, #"Name "true" is reserved and cannot be used for an enum value."#),
        ("input I { a: Int = $x }", 1, 20, #"Unexpected variable "$x" in constant value."#),
        ("directive @d on FOO", 1, 17, #"Unexpected Name "FOO"."#),
        ("directive @d on", 1, 16, "Expected Name, found <EOF>."),
        ("directive d on FIELD", 1, 11, #"Expected "@", found Name "d"."#),
        (
            "\"d\" extend type T @d", 1, 1,
            "Unexpected description, descriptions are supported only on type definitions."
        ),
        ("type T { a: [Int }", 1, 18, #"Expected "]", found "}"."#),
    ])
    func reportsTheFirstSyntaxErrorWhereGraphQLCoreDoes(source: String, line: Int, column: Int, message: String) throws
    {
        let error = try #require(syntaxError(source))
        #expect(error.message == "Syntax Error: " + message)
        #expect(error.location == SourceLocation(line: line, column: column))
    }
}
