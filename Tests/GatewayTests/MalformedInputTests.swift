import HTTP
import LOW
import Testing

@testable import Gateway

/// A request whose text is not UTF-8 is not a well-formed request: 400 with one `BAD_REQUEST`
/// error, and nothing runs. The bytes are refused, never read as U+FFFD.
struct MalformedInputTests {
    static let invalidUTF8: [[UInt8]] = [
        [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    ]

    /// A POST of `body` with `headers` besides the content type.
    private func post(
        _ body: [UInt8], headers: [(name: String, value: String)] = [], to harness: GatewayHarness
    ) async -> Reply {
        let fields: [(name: String, value: String)] = [("Content-Type", "application/json"), ("Accept", "*/*")]
        return Reply(
            await harness.send(HTTPRequest(method: "POST", path: "/graphql", headers: fields + headers, body: body)))
    }

    /// No customer and no event: nothing ran.
    private func expectNothingStored(
        in harness: GatewayHarness, sourceLocation: SourceLocation = #_sourceLocation
    ) async {
        let stored = await harness.post("{ customers { id } events { events { type } } }")
        #expect(stored.data == ["customers": [], "events": ["events": []]], sourceLocation: sourceLocation)
    }

    @Test(arguments: invalidUTF8)
    func invalidUTF8InAVariableAnswers400AndStoresNothing(_ bytes: [UInt8]) async throws {
        try await GatewayHarness.with { harness in
            let mutation = #"{"query":"mutation ($e: String!) { InviteCustomer(email: $e) { id } }","#
            let body = Array((mutation + #""variables":{"e":"a"#).utf8) + bytes + Array(#"@b.io"}}"#.utf8)
            let reply = await post(body, to: harness)
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
            #expect(reply.text.contains("Invalid UTF-8 in JSON string at byte 90"), "\(reply.text)")
            await expectNothingStored(in: harness)
        }
    }

    @Test(arguments: invalidUTF8)
    func invalidUTF8InTheQueryOrAKeyAnswers400AndStoresNothing(_ bytes: [UInt8]) async throws {
        try await GatewayHarness.with { harness in
            let inQuery =
                Array(#"{"query":"mutation { InviteCustomer(email: \"a"#.utf8) + bytes
                + Array(#"@b.io\") { id } }"}"#.utf8)
            let inKey = Array(#"{"query":"{ __typename }","variables":{"e"#.utf8) + bytes + Array(#"":1}}"#.utf8)
            for body in [inQuery, inKey] {
                let reply = await post(body, to: harness)
                #expect(reply.status == 400)
                #expect(reply.codes == ["BAD_REQUEST"])
            }
            await expectNothingStored(in: harness)
        }
    }

    @Test func aLoneEscapedSurrogateAnswers400() async throws {
        try await GatewayHarness.with { harness in
            let reply = await post(
                Array(#"{"query":"{ customerByEmail(email: \"\ud800@b.io\") { id } }"}"#.utf8), to: harness)
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
        }
    }

    @Test(arguments: [
        "query=%7B+customerByEmail(email%3A+%22a%FF%FEb%22)+%7B+id+%7D+%7D",
        "query=%7B__typename%7D&variables=%7B%22a%22%3A%22%ED%A0%80%22%7D",
        "query=%7B__typename%7D&operationName=%E2%82",
    ])
    func aGetParameterThatIsNotUTF8Answers400(_ query: String) async throws {
        try await GatewayHarness.with { harness in
            for accept in ["application/json", "text/html"] {
                let reply = await harness.get("/graphql", query: Substring(query), accept: accept)
                #expect(reply.status == 400, "\(reply.text)")
                #expect(reply.codes == ["BAD_REQUEST"])
                #expect(reply.text.contains("parameter is not valid UTF-8"), "\(reply.text)")
            }
        }
    }

    @Test func aBrowserWithoutAQueryStillGetsTheExplorer() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get("/graphql", query: "x=%FF", accept: "text/html")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type")?.hasPrefix("text/html") == true)
        }
    }
}
