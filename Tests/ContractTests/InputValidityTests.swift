import Foundation
import TestSupport
import Testing

/// Input that is not what the client meant is refused, never repaired (CONTRACT.md "HTTP
/// endpoints", RFC 8259 §8.1): text that is not UTF-8 and a malformed `Idempotency-Key` answer
/// 400 `BAD_REQUEST`, and nothing is stored.
@Suite(.exclusive)
struct InputValidityTests {
    let server: ServerProcess

    init() async throws { server = try await offPool { try ServerProcess() } }

    static let invite = #"mutation ($email: String!) { InviteCustomer(email: $email) { id email } }"#

    /// The answer to an InviteCustomer whose `email` variable holds `bytes` in its middle.
    func invite(with bytes: [UInt8]) throws -> HTTPAnswer {
        let body =
            Array(#"{"query":"\#(Self.invite)","variables":{"email":"ada"#.utf8) + bytes
            + Array(#"@example.com"}}"#.utf8)
        let headers = [("Content-Type", "application/json"), ("Accept", ServerProcess.graphQLResponse)]
        return try server.send(HTTPText.request("POST", "/graphql", headers: headers, body: body))
    }

    /// No customer and no event: nothing ran.
    func expectNothingStored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stored = try server.graphQL("{ customers { id } events { events { type } } }")
        #expect(stored.errors.isEmpty, "\(stored.raw)", sourceLocation: sourceLocation)
        #expect(stored.data?["customers"] as? [Any] != nil, sourceLocation: sourceLocation)
        #expect((stored.data?["customers"] as? [Any])?.isEmpty == true, "\(stored.raw)", sourceLocation: sourceLocation)
        let events = (stored.data?["events"] as? [String: Any])?["events"] as? [Any]
        #expect(events?.isEmpty == true, "\(stored.raw)", sourceLocation: sourceLocation)
    }

    func expectBadRequest(_ answer: HTTPAnswer, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(answer.status == 400, "\(answer.text)", sourceLocation: sourceLocation)
        let errors = GraphQLResult(answer.json).errors
        #expect(errors.count == 1, "\(answer.text)", sourceLocation: sourceLocation)
        #expect(GraphQLResult(answer.json).code == "BAD_REQUEST", "\(answer.text)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [[0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func aMutationWhoseBodyIsNotUTF8Answers400AndStoresNothing(_ bytes: [UInt8]) async throws {
        try await offPool {
            expectBadRequest(try invite(with: bytes))
            try expectNothingStored()
        }
    }

    @Test func theSameMutationInUTF8IsStored() async throws {
        try await offPool {
            let answer = try invite(with: Array("é".utf8))
            #expect(answer.status == 200, "\(answer.text)")
            let invited = GraphQLResult(answer.json).object("InviteCustomer")
            #expect(invited?["email"] as? String == "adaé@example.com", "\(answer.text)")
        }
    }

    @Test func aQueryStringThatIsNotUTF8Answers400() async throws {
        try await offPool {
            let strict = ("Accept", ServerProcess.graphQLResponse)
            // Inside a string literal: read as U+FFFD, the query would run and answer 200.
            let query = "/graphql?query=%7B%20customerByEmail(email%3A%20%22a%FF%FEb%22)%20%7B%20id%20%7D%20%7D"
            expectBadRequest(try server.get(query, headers: [strict]))
            let inVariables = try server.get("/graphql?query=%7B__typename%7D&variables=%7B%22a%22%3A%22%FF%22%7D")
            expectBadRequest(inVariables)
        }
    }

    /// Empty, 256 characters, a control character (HTAB passes HTTP's field grammar; other
    /// controls the HTTP parser refuses itself), a byte that is not ASCII.
    @Test(arguments: [
        Array("".utf8), Array(String(repeating: "k", count: 256).utf8), Array("a\tb".utf8), Array("a\u{1}b".utf8),
        Array("caf".utf8) + [0xE9], Array("café".utf8),
    ])
    func aMalformedIdempotencyKeyAnswers400AndStoresNothing(_ key: [UInt8]) async throws {
        try await offPool {
            var request = ServerProcess.graphQLRequest(Self.invite, variables: ["email": "ada@example.com"])
            let marker = Array("Content-Type: application/json\r\n".utf8)
            let at = try #require(request.firstRange(of: marker)).upperBound
            request.insert(contentsOf: Array("Idempotency-Key: ".utf8) + key + Array("\r\n".utf8), at: at)
            expectBadRequest(try server.send(request))
            try expectNothingStored()
        }
    }

    @Test func aKeyOf255PrintableCharactersRunsTheMutationOnce() async throws {
        try await offPool {
            let key = String(repeating: "k", count: 254) + "~"
            let first = try server.graphQL(Self.invite, variables: ["email": "ada@example.com"], key: key)
            let second = try server.graphQL(Self.invite, variables: ["email": "ada@example.com"], key: key)
            #expect(first.errors.isEmpty, "\(first.raw)")
            let id = first.object("InviteCustomer")?["id"] as? String
            #expect(id != nil)
            #expect(second.object("InviteCustomer")?["id"] as? String == id, "\(second.raw)")
            let events = try server.graphQL(#"{ events(type: "CustomerInvited") { events { commandId } } }"#)
            let stored = (events.data?["events"] as? [String: Any])?["events"] as? [[String: Any]]
            #expect(stored?.count == 1, "\(events.raw)")
            let commandID = stored?.first?["commandId"] as? String
            #expect(commandID == NameBasedUUID.v5("idempotency-key:" + key), "\(events.raw)")
        }
    }
}
