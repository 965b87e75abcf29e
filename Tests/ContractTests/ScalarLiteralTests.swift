import Foundation
import TestSupport
import Testing

/// A DateTime literal the server cannot read fails validation, over a socket (CONTRACT.md,
/// Errors: an argument literal of the wrong type is `GRAPHQL_VALIDATION_FAILED`); a variable of
/// the wrong form stays `BAD_USER_INPUT`.
@Suite(.exclusive)
struct ScalarLiteralTests {
    let server: ServerProcess

    init() async throws { server = try await offPool { try ServerProcess() } }

    static let rule = #"DateTime must be an RFC 3339 date-time string with an offset, such as "2020-01-01T00:00:00Z"."#

    /// Each document, the literal as graphql-js prints it, and the literal's column on line 1.
    static let refused: [(query: String, printed: String, column: Int)] = [
        ("{ events(from: 1) { next } }", "1", 16),
        (#"{ events(to: "tomorrow") { next } }"#, #""tomorrow""#, 14),
        (#"{ events(from: "2020-01-01 00:00") { next } }"#, #""2020-01-01 00:00""#, 16),
        (#"{ events(from: "2020-01-01T00:00:00") { next } }"#, #""2020-01-01T00:00:00""#, 16),
        ("{ events(to: true) { next } }", "true", 14),
        (#"{ events(to: ["2020-01-01T00:00:00Z"]) { next } }"#, #"["2020-01-01T00:00:00Z"]"#, 14),
    ]

    @Test(arguments: refused)
    func aDateTimeLiteralTheServerCannotReadFailsValidation(_ query: String, _ printed: String, _ column: Int)
        async throws
    {
        try await offPool {
            let answer = try server.post(query)
            #expect(answer.status == 400, "\(answer.text)")
            #expect(answer.header("Content-Type")?.hasPrefix(ServerProcess.graphQLResponse) == true)
            #expect(answer.json.keys.contains("data") == false, "\(answer.text)")
            let result = GraphQLResult(answer.json)
            #expect(result.code == "GRAPHQL_VALIDATION_FAILED", "\(answer.text)")
            #expect(result.errors.count == 1, "\(answer.text)")
            #expect(
                result.errors.first?["message"] as? String
                    == #"Expected value of type "DateTime", found \#(printed); \#(Self.rule)"#)
            let locations = result.errors.first?["locations"] as? [[String: Int]]
            #expect(locations == [["line": 1, "column": column]], "\(answer.text)")
        }
    }

    @Test func underPlainJSONTheSameLiteralAnswers200WithTheError() async throws {
        try await offPool {
            let answer = try server.post(#"{ events(to: "tomorrow") { next } }"#, accept: "application/json")
            #expect(answer.status == 200, "\(answer.text)")
            #expect(answer.json.keys.contains("data") == false, "\(answer.text)")
            #expect(GraphQLResult(answer.json).code == "GRAPHQL_VALIDATION_FAILED", "\(answer.text)")
        }
    }

    @Test func aValidDateTimeLiteralIsAnswered() async throws {
        try await offPool {
            let answer = try server.post(#"{ events(from: "2020-01-01T00:00:00Z") { next events { id } } }"#)
            #expect(answer.status == 200, "\(answer.text)")
            let result = GraphQLResult(answer.json)
            #expect(result.errors.isEmpty, "\(answer.text)")
            #expect(result.object("events")?["events"] as? [Any] != nil, "\(answer.text)")
        }
    }

    @Test func aDateTimeVariableOfTheWrongFormStaysBadUserInput() async throws {
        try await offPool {
            let answer = try server.post(
                "query($from: DateTime) { events(from: $from) { next } }", variables: ["from": "tomorrow"])
            let result = GraphQLResult(answer.json)
            #expect(result.code == "BAD_USER_INPUT", "\(answer.text)")
            #expect(result.data == nil, "\(answer.text)")
            #expect((result.errors.first?["message"] as? String)?.hasPrefix(#"Variable "$from""#) == true)
        }
    }
}
