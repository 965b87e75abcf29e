import GraphQL
import Testing

/// Input coercion of variables and literals, one rule per test, with graphql-js 16's messages.
@Suite struct CoercionTests {
    static let sdl = """
        scalar DateTime
        enum Color { RED GREEN BLUE }
        input Point { x: Int! y: Int = 0 label: String }
        input Choice @oneOf { id: ID name: String }
        type Query {
          echo(i: Int, f: Float, s: String, b: Boolean, id: ID, c: Color, p: Point, l: [Int!], d: DateTime, o: Choice, r: Int! = 3): String
          when: DateTime
          badWhen: DateTime
        }
        """

    /// A strict `YYYY-MM-DDTHH:MM:SS(.fff)Z` check, standing in for the server's RFC 3339 one.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"), bytes[4] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T")
        else { return false }
        return bytes[0..<4].allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    static var resolvers: Resolvers<TestContext> {
        var resolvers = Resolvers<TestContext>()
        resolvers.field("Query", "echo") { input in
            var bytes: [UInt8] = []
            JSONWriter.write(.object(input.arguments.values), into: &bytes)
            return .string(String(decoding: bytes, as: UTF8.self))
        }
        resolvers.field("Query", "when") { _ in .string("2026-11-25T10:42:11.123Z") }
        resolvers.field("Query", "badWhen") { _ in .string("yesterday") }
        resolvers.scalars["DateTime"] = .string(named: "DateTime", isValid: isTimestamp)
        return resolvers
    }

    func echo(_ query: String, _ variables: String? = nil) async throws -> ExecutionResult {
        try await runQuery(try TestSchema.build(Self.sdl), query, variables: variables, resolvers: Self.resolvers)
    }

    func echoed(_ query: String, _ variables: String? = nil) async throws -> String? {
        let result = try await echo(query, variables)
        #expect(result.errors.isEmpty, "\(result.errors)")
        return result.dataText
    }

    func variableError(_ query: String, _ variables: String) async throws -> String? {
        let result = try await echo(query, variables)
        #expect(result.data == nil)
        #expect(result.errors.allSatisfy { $0.extensions.first?.value == "BAD_USER_INPUT" })
        return result.errors.first?.message
    }

    @Test func intVariablesOutside32BitsAreRejected() async throws {
        let message = try await variableError("query($i: Int) { echo(i: $i) }", #"{"i": 2147483648}"#)
        #expect(
            message
                == #"Variable "$i" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648"#
        )
        #expect(
            try await echoed("query($i: Int) { echo(i: $i) }", #"{"i": -2147483648}"#)
                == #"{"echo":"{\"i\":-2147483648,\"r\":3}"}"#)
    }

    @Test func intLiteralsOutside32BitsMakeTheArgumentInvalid() async throws {
        let result = try await echo("{ echo(i: 2147483648) }")
        #expect(result.dataText == #"{"echo":null}"#)
        #expect(result.errors.map(\.message) == ["Argument \"i\" has invalid value 2147483648."])
        #expect(result.errors.first?.path == [.key("echo")])
        #expect(result.errors.first?.locations.first?.column == 11)
    }

    @Test func stringsAreNotNumbersAndNumbersAreNotStrings() async throws {
        #expect(
            try await variableError("query($i: Int) { echo(i: $i) }", #"{"i": "1"}"#)
                == #"Variable "$i" got invalid value "1"; Int cannot represent non-integer value: "1""#)
        #expect(
            try await variableError("query($s: String) { echo(s: $s) }", #"{"s": 1}"#)
                == #"Variable "$s" got invalid value 1; String cannot represent a non string value: 1"#)
    }

    @Test func floatsAcceptIntegersAndIntsAcceptIntegralFloats() async throws {
        #expect(
            try await echoed("query($f: Float, $i: Int) { echo(f: $f, i: $i) }", #"{"f": 2, "i": 4.0}"#)
                == #"{"echo":"{\"i\":4,\"f\":2.0,\"r\":3}"}"#)
    }

    @Test func idsAcceptStringsAndIntegers() async throws {
        #expect(
            try await echoed("query($id: ID) { echo(id: $id) }", #"{"id": 42}"#)
                == #"{"echo":"{\"id\":\"42\",\"r\":3}"}"#)
        #expect(try await echoed(#"{ echo(id: 42) }"#) == #"{"echo":"{\"id\":\"42\",\"r\":3}"}"#)
        #expect(
            try await variableError("query($id: ID) { echo(id: $id) }", #"{"id": true}"#)
                == #"Variable "$id" got invalid value true; ID cannot represent value: true"#)
    }

    @Test func enumsComeFromStringsInVariablesAndNamesInLiterals() async throws {
        #expect(
            try await echoed("query($c: Color) { echo(c: $c) }", #"{"c": "GREEN"}"#)
                == #"{"echo":"{\"c\":\"GREEN\",\"r\":3}"}"#)
        #expect(try await echoed("{ echo(c: BLUE) }") == #"{"echo":"{\"c\":\"BLUE\",\"r\":3}"}"#)
        #expect(
            try await variableError("query($c: Color) { echo(c: $c) }", #"{"c": "GREN"}"#)
                == #"Variable "$c" got invalid value "GREN"; Value "GREN" does not exist in "Color" enum. Did you mean the enum value "GREEN" or "RED"?"#
        )
        let literalString = try await echo(#"{ echo(c: "RED") }"#)
        #expect(literalString.errors.map(\.message) == [#"Argument "c" has invalid value "RED"."#])
    }

    @Test func aSingleValueIsAListOfOne() async throws {
        #expect(
            try await echoed("query($l: [Int!]) { echo(l: $l) }", #"{"l": 5}"#) == #"{"echo":"{\"l\":[5],\"r\":3}"}"#)
        #expect(try await echoed("{ echo(l: 5) }") == #"{"echo":"{\"l\":[5],\"r\":3}"}"#)
        #expect(
            try await variableError("query($l: [Int!]) { echo(l: $l) }", #"{"l": [1, null]}"#)
                == #"Variable "$l" got invalid value null at "l[1]"; Expected non-nullable type "Int!" not to be null."#
        )
    }

    @Test func inputObjectsApplyDefaultsAndRejectUnknownOrMissingFields() async throws {
        #expect(
            try await echoed("query($p: Point) { echo(p: $p) }", #"{"p": {"x": 1}}"#)
                == #"{"echo":"{\"p\":{\"x\":1,\"y\":0},\"r\":3}"}"#)
        #expect(
            try await variableError("query($p: Point) { echo(p: $p) }", #"{"p": {"x": 1, "lable": "a"}}"#)
                == #"Variable "$p" got invalid value { x: 1, lable: "a" }; Field "lable" is not defined by type "Point". Did you mean "label"?"#
        )
        #expect(
            try await variableError("query($p: Point) { echo(p: $p) }", #"{"p": {"y": 1}}"#)
                == #"Variable "$p" got invalid value { y: 1 }; Field "x" of required type "Int!" was not provided."#)
        #expect(
            try await echoed("{ echo(p: {x: 2, label: null}) }")
                == #"{"echo":"{\"p\":{\"x\":2,\"y\":0,\"label\":null},\"r\":3}"}"#)
    }

    @Test func oneOfInputObjectsTakeExactlyOneNonNullField() async throws {
        #expect(
            try await echoed("query($o: Choice) { echo(o: $o) }", #"{"o": {"id": 1}}"#)
                == #"{"echo":"{\"o\":{\"id\":\"1\"},\"r\":3}"}"#)
        #expect(
            try await variableError("query($o: Choice) { echo(o: $o) }", #"{"o": {"id": 1, "name": "a"}}"#)
                == #"Variable "$o" got invalid value { id: 1, name: "a" }; Exactly one key must be specified for OneOf type "Choice"."#
        )
    }

    @Test func absentAndNullArgumentsStayDistinct() async throws {
        #expect(try await echoed("query($i: Int) { echo(i: $i) }", "{}") == #"{"echo":"{\"r\":3}"}"#)
        #expect(
            try await echoed("query($i: Int) { echo(i: $i) }", #"{"i": null}"#) == #"{"echo":"{\"i\":null,\"r\":3}"}"#)
        #expect(try await echoed("{ echo(i: null) }") == #"{"echo":"{\"i\":null,\"r\":3}"}"#)
        #expect(try await echoed("query($r: Int) { echo(r: $r) }", "{}") == #"{"echo":"{\"r\":3}"}"#)
        let explicitNull = try await echo("query($r: Int) { echo(r: $r) }", #"{"r": null}"#)
        #expect(explicitNull.errors.map(\.message) == [#"Argument "r" of non-null type "Int!" must not be null."#])
        #expect(explicitNull.errors.first?.extensions.first?.value == "BAD_USER_INPUT")
    }

    @Test func requiredVariablesMustBeGivenAndNotNull() async throws {
        #expect(
            try await variableError("query($i: Int!) { echo(i: $i) }", "{}")
                == #"Variable "$i" of required type "Int!" was not provided."#)
        #expect(
            try await variableError("query($i: Int!) { echo(i: $i) }", #"{"i": null}"#)
                == #"Variable "$i" of non-null type "Int!" must not be null."#)
        #expect(try await echoed("query($i: Int! = 9) { echo(i: $i) }", "{}") == #"{"echo":"{\"i\":9,\"r\":3}"}"#)
    }

    @Test func customScalarsCoerceThroughTheirHookBothWays() async throws {
        #expect(
            try await echoed("query($d: DateTime) { echo(d: $d) }", #"{"d": "2026-01-02T03:04:05Z"}"#)
                == #"{"echo":"{\"d\":\"2026-01-02T03:04:05Z\",\"r\":3}"}"#)
        #expect(
            try await variableError("query($d: DateTime) { echo(d: $d) }", #"{"d": "soon"}"#)
                == #"Variable "$d" got invalid value "soon"; DateTime cannot represent an invalid value: "soon""#)
        let literal = try await echo(#"{ echo(d: "soon") }"#)
        #expect(literal.errors.map(\.message) == [#"Argument "d" has invalid value "soon"."#])
        let output = try await echo("{ when badWhen }")
        #expect(output.dataText == #"{"when":"2026-11-25T10:42:11.123Z","badWhen":null}"#)
        #expect(output.errors.map(\.message) == [#"DateTime cannot represent value: "yesterday""#])
    }

    @Test func everyVariableErrorIsReported() async throws {
        let result = try await echo(
            "query($i: Int, $c: Color, $p: Point) { echo(i: $i, c: $c, p: $p) }",
            #"{"i": 1.5, "c": 1, "p": {"x": "a"}}"#)
        #expect(
            result.errors.map(\.message) == [
                #"Variable "$i" got invalid value 1.5; Int cannot represent non-integer value: 1.5"#,
                #"Variable "$c" got invalid value 1; Enum "Color" cannot represent non-string value: 1."#,
                #"Variable "$p" got invalid value "a" at "p.x"; Int cannot represent non-integer value: "a""#,
            ])
        #expect(result.jsonText.hasPrefix(#"{"errors":[{"message":"#))
    }
}
