import Functions
import HTTP
import InProcess
import LOW
import Runtime
import Testing

@testable import Gateway

struct RoutesTests {
    @Test func healthAnswersOK() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get("/health")
            #expect(reply.status == 200)
            #expect(reply.text == #"{"status":"ok"}"#)
            #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true)
        }
    }

    @Test func readyAnswersReadyOnceTheShellHasCaughtUp() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get("/ready")
            #expect(reply.status == 200)
            #expect(reply.text == #"{"status":"ready"}"#)
        }
    }

    @Test func readyAnswers503BeforeTheShellRuns() async throws {
        let shell = CatalogRuntime(
            catalog: Domain.catalog, events: InMemoryEventStore(), readModels: InMemoryReadModelStore())
        let gateway = try Gateway(
            schema: try GatewayHarness.schema(), queries: Domain.queries, backend: shell, configuration: .init())
        guard case .now(let response) = gateway.respond(to: HTTPRequest(method: "GET", path: "/ready")) else {
            Issue.record("/ready should answer at once")
            return
        }
        #expect(response.status == 503)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"status":"starting"}"#)
    }

    @Test func anUnknownPathAnswers404() async throws {
        try await GatewayHarness.with { harness in
            #expect(await harness.get("/nowhere").status == 404)
            #expect(await harness.get("/graphql/extra").status == 404)
        }
    }

    @Test(arguments: [
        ("PUT", "/graphql"), ("DELETE", "/graphql"), ("POST", "/health"), ("PATCH", "/ready"), ("POST", "/metrics"),
    ])
    func aWrongMethodAnswers405WithAllow(method: String, path: String) async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get(Substring(path), method: method)
            #expect(reply.status == 405)
            #expect(reply.header("Allow")?.contains("GET") == true)
            #expect(reply.header("Allow")?.contains(method) == false)
        }
    }

    @Test func headWorksWhereGetDoes() async throws {
        try await GatewayHarness.with { harness in
            #expect(await harness.get("/health", method: "HEAD").status == 200)
            #expect(await harness.get("/ready", method: "HEAD").status == 200)
            #expect(await harness.get("/metrics", method: "HEAD").status == 200)
            let query = await harness.get("/graphql", query: "query=%7B__typename%7D", method: "HEAD")
            #expect(query.status == 200)
        }
    }

    @Test func getGraphQLForABrowserAnswersTheExplorerPage() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get("/graphql", accept: "text/html,application/xhtml+xml,*/*;q=0.8")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type")?.hasPrefix("text/html") == true)
            for id in ["query", "variables", "run", "result", "schema"] { #expect(reply.text.contains("id=\"\(id)\"")) }
            // Self-contained: nothing is loaded from elsewhere.
            #expect(!reply.text.contains("src="))
            #expect(!reply.text.contains("http://") && !reply.text.contains("https://"))
        }
    }

    @Test func getGraphQLWithoutAQueryForAClientAnswers400() async throws {
        try await GatewayHarness.with { harness in
            let reply = await harness.get("/graphql", accept: "application/json")
            #expect(reply.status == 400)
            #expect(reply.codes == ["BAD_REQUEST"])
        }
    }
}
