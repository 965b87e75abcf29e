import Functions
import HTTP
import InProcess
import LOW
import Runtime
import Testing

@testable import Gateway

/// A `/graphql` request that arrives before the backend is ready waits for it, up to the request
/// timeout, then answers 503 with `Retry-After` (CONTRACT.md `/ready`).
struct ReadinessTests {
    /// A gateway over a shell that is not running yet, so it is not ready.
    static func gateway(timeout: Duration) throws -> (Gateway, CatalogRuntime) {
        let shell = CatalogRuntime(
            catalog: Domain.catalog, events: InMemoryEventStore(), readModels: InMemoryReadModelStore())
        let gateway = try Gateway(
            schema: try GatewayHarness.schema(), queries: Domain.queries, backend: shell,
            configuration: .with { $0.requestTimeout = timeout })
        return (gateway, shell)
    }

    static func post(_ query: String, to gateway: Gateway) async -> Reply {
        let body = JSONWriter.encode(["query": .string(query)])
        let request = HTTPRequest(
            method: "POST", path: "/graphql", headers: [("Content-Type", "application/json")], body: body)
        switch gateway.respond(to: request) {
        case .now(let response): return Reply(response)
        case .later(let answer): return Reply(await answer())
        }
    }

    @Test func aRequestBeforeReadyAnswers503WithRetryAfterOnceTheTimeoutRunsOut() async throws {
        let (gateway, shell) = try Self.gateway(timeout: .milliseconds(200))
        #expect(!shell.isReady)
        let started = ContinuousClock.now
        let reply = await Self.post("{ customers { id } }", to: gateway)
        #expect(ContinuousClock.now - started >= .milliseconds(200))
        #expect(reply.status == 503)
        #expect(reply.header("Retry-After") == "1")
        #expect(reply.codes == ["INTERNAL"])
        #expect(reply.data == nil)
    }

    @Test func aRequestBeforeReadyIsAnsweredOnceTheBackendIsReady() async throws {
        let (gateway, shell) = try Self.gateway(timeout: .seconds(60))
        let waiting = Task { await Self.post(#"mutation { OpenAccount(owner: "ada") { owner } }"#, to: gateway) }
        try await Task.sleep(for: .milliseconds(50))
        let run = Task { try await shell.run() }
        let reply = await waiting.value
        #expect(reply.status == 200)
        #expect(reply.data == ["OpenAccount": ["owner": "ada"]])
        shell.shutdown()
        try await run.value
    }

    @Test func healthAnswersBeforeReady() async throws {
        let (gateway, _) = try Self.gateway(timeout: .seconds(60))
        guard case .now(let response) = gateway.respond(to: HTTPRequest(method: "GET", path: "/health")) else {
            Issue.record("/health waited")
            return
        }
        #expect(response.status == 200)
    }
}
