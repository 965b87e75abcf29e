import GraphQL
import Testing

/// ValuesOfCorrectType on custom scalars: the scalar's registered `parseLiteral` judges each
/// literal, and a refusal reads as graphql-js 16's `isValidValueNode` words it (a non-GraphQL
/// error from `parseLiteral`): `Expected value of type "T", found <literal>; <its message>`.
@Suite struct CustomScalarLiteralTests {
    static let sdl = """
        scalar Day
        scalar Blob
        input Window { since: Day! }
        type Query {
          events(from: Day, to: Day!, on: [Day], window: Window, blob: Blob): Int
        }
        """

    static let rule = "Day must be a YYYY-MM-DD date."

    /// `YYYY-MM-DD` with digits where digits go: enough of a format to be wrong in.
    static func isDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
    }

    static let scalars: [String: ScalarCoercion] = ["Day": .string(named: "Day", literalMessage: rule, isValid: isDay)]

    func errors(_ source: String, scalars: [String: ScalarCoercion] = scalars) throws -> [String] {
        let validator = Validator(schema: try TestSchema.build(Self.sdl), scalars: scalars)
        return validator.validate(try Parser.parse(source)).map(\.description)
    }

    @Test(arguments: [
        ("1", "1"), ("1.5", "1.5"), ("true", "true"), ("TODAY", "TODAY"), ("{ y: 2020 }", "{y: 2020}"),
    ])
    func aLiteralOfTheWrongKindIsInvalid(_ literal: String, _ printed: String) throws {
        #expect(
            try errors("{ events(to: \"2020-01-01\", from: \(literal)) }")
                == [#"Expected value of type "Day", found \#(printed); Day must be a YYYY-MM-DD date. (1:34)"#])
    }

    @Test func aStringOfTheWrongFormIsInvalid() throws {
        #expect(
            try errors(#"{ events(to: "tomorrow") }"#)
                == [#"Expected value of type "Day!", found "tomorrow"; Day must be a YYYY-MM-DD date. (1:14)"#])
    }

    @Test func aListWhereOneDayGoesIsInvalid() throws {
        #expect(
            try errors(#"{ events(to: "2020-01-01", from: ["2020-01-01"]) }"#)
                == [#"Expected value of type "Day", found ["2020-01-01"]; Day must be a YYYY-MM-DD date. (1:34)"#])
    }

    @Test func eachItemOfAListOfDaysIsJudged() throws {
        #expect(
            try errors(#"{ events(to: "2020-01-01", on: ["2020-01-01", "soon", 3]) }"#) == [
                #"Expected value of type "Day", found "soon"; Day must be a YYYY-MM-DD date. (1:47)"#,
                #"Expected value of type "Day", found 3; Day must be a YYYY-MM-DD date. (1:55)"#,
            ])
    }

    @Test func anInputObjectFieldIsJudged() throws {
        #expect(
            try errors(#"{ events(to: "2020-01-01", window: { since: "soon" }) }"#)
                == [#"Expected value of type "Day!", found "soon"; Day must be a YYYY-MM-DD date. (1:45)"#])
    }

    @Test func validLiteralsAreAccepted() throws {
        #expect(
            try errors(
                #"{ events(to: """2020-01-01""", from: "2020-01-02", on: ["2020-01-03"], window: { since: "2020-01-04" }) }"#
            ) == [])
        #expect(try errors(#"{ events(to: "2020-01-01", on: "2020-01-03", from: null) }"#) == [])
    }

    @Test func aVariableInADayPositionIsLeftToExecution() throws {
        #expect(
            try errors(
                "query($d: Day!, $e: Day) { events(to: $d, from: $e, on: [$e, $d], window: { since: $d }) }") == [])
    }

    @Test func aLiteralHoldingAVariableIsJudgedWithTheVariableAbsent() throws {
        // graphql-js hands `parseLiteral` no variable values during validation.
        #expect(
            try errors(#"query($d: Day) { events(to: "2020-01-01", from: [$d]) }"#)
                == [#"Expected value of type "Day", found [$d]; Day must be a YYYY-MM-DD date. (1:49)"#])
    }

    @Test func withoutALiteralMessageTheVariablesMessageIsGiven() throws {
        let scalars: [String: ScalarCoercion] = ["Day": .string(named: "Day", isValid: Self.isDay)]
        #expect(
            try errors(#"{ events(to: "soon") }"#, scalars: scalars) == [
                #"Expected value of type "Day!", found "soon"; Day cannot represent an invalid value: "soon" (1:14)"#
            ])
    }

    @Test func aScalarWithoutACoercionAcceptsEveryLiteral() throws {
        #expect(try errors(#"{ events(to: "2020-01-01", blob: { any: [1, "two", null] }) }"#) == [])
        #expect(try errors(#"{ events(to: 1, from: true) }"#, scalars: [:]) == [])
    }
}
