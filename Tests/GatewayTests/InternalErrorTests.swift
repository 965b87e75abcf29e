import Functions
import HTTP
import InProcess
import LOW
import Testing

@testable import Gateway

/// An `INTERNAL` error tells the client nothing of internals: no type, no value, no detail.
struct InternalErrorTests {
    @Test func aFailingBackendAnswersInternalWithoutDetails() async throws {
        let gateway = try Gateway(
            schema: try GatewayHarness.schema(), queries: Domain.queries, backend: StubBackend(catalog: Domain.catalog),
            configuration: .init())
        let body = JSONWriter.encode(["query": #"mutation { OpenAccount(owner: "A") { id } }"#])
        let request = HTTPRequest(
            method: "POST", path: "/graphql", headers: [("Content-Type", "application/json")], body: body)
        let response: HTTPResponse
        switch gateway.respond(to: request) {
        case .now(let now): response = now
        case .later(let later): response = await later()
        }
        let reply = Reply(response)
        #expect(reply.status == 200)
        #expect(reply.data == ["OpenAccount": nil])
        #expect(reply.codes == ["INTERNAL"])
        #expect(!reply.text.contains("disk") && !reply.text.contains("secret"))
    }

    @Test func aValueItsTypeCannotRepresentAnswersInternalWithoutNamingIt() async throws {
        let readModels = InMemoryReadModelStore()
        // A balance no 32-bit GraphQL Int can carry, written behind the projectors' back.
        let row = Account(id: "a-1", owner: "Ada", balance: 4_294_967_294, version: 2)
        try await readModels.save(row, id: "a-1", of: Account.self, projector: "test", position: 0)
        try await GatewayHarness.with(readModels: readModels) { harness in
            let reply = await harness.post(#"{ account(id: "a-1") { id balance } }"#)
            #expect(reply.status == 200)
            #expect(reply.codes == ["INTERNAL"])
            let error = try #require(reply.errors.first)
            #expect(error["message"]?.stringValue == ContractCode.internalMessage)
            #expect(error["path"] == ["account", "balance"])
            #expect(!reply.text.contains("4294967294") && !reply.text.contains("represent"))
        }
    }
}
