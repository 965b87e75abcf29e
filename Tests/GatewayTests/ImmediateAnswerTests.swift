import HTTP
import LOW
import Testing

@testable import Gateway

/// A query over in-memory read models is answered on the calling thread (`.now`); anything that
/// needs `await` (a mutation, the event log) goes to `.later`.
struct ImmediateAnswerTests {
    func reply(_ gateway: Gateway, _ query: String) -> HTTPReply {
        let body = JSONWriter.encode(["query": .string(query)])
        return gateway.respond(
            to: HTTPRequest(
                method: "POST", path: "/graphql", headers: [("Content-Type", "application/json")], body: body))
    }

    @Test func aQueryOverInMemoryReadModelsIsAnsweredAtOnce() async throws {
        try await GatewayHarness.with { harness in
            _ = await harness.post(#"mutation { InviteCustomer(email: "a@b.io") { id } }"#)
            guard case .now(let response) = reply(harness.gateway, #"{ customerByEmail(email: "a@b.io") { email } }"#)
            else {
                Issue.record("a read-model query should be answered now")
                return
            }
            #expect(Reply(response).data == ["customerByEmail": ["email": "a@b.io"]])
        }
    }

    @Test func mutationsAndTheEventLogAreAnsweredLater() async throws {
        try await GatewayHarness.with { harness in
            guard case .later = reply(harness.gateway, "{ events { next } }") else {
                Issue.record("events(...) reads the log asynchronously")
                return
            }
            guard case .later = reply(harness.gateway, #"mutation { OpenAccount(owner: "A") { id } }"#) else {
                Issue.record("a mutation waits for its command")
                return
            }
        }
    }
}
