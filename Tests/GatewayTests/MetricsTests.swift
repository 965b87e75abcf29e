import Functions
import HTTP
import LOW
import Testing

@testable import Gateway

/// `/metrics` in Prometheus text format 0.0.4.
struct MetricsTests {
    @Test func countsRequestsLatencyCommandsAndLag() async throws {
        try await GatewayHarness.with(configuration: .with { $0.extraMetrics = { "http_server_connections 3\n" } }) {
            harness in
            _ = await harness.get("/health")
            _ = await harness.get("/nowhere")
            _ = await harness.post(#"mutation { InviteCustomer(email: "a@b.io") { id } }"#)
            _ = await harness.post(#"mutation { InviteCustomer(email: "bad") { id } }"#)
            let reply = await harness.get("/metrics")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
            let lines = reply.text.split(separator: "\n").map(String.init)
            #expect(lines.contains(#"http_requests_total{route="/health",status="200"} 1"#))
            #expect(lines.contains(#"http_requests_total{route="other",status="404"} 1"#))
            #expect(lines.contains(#"http_requests_total{route="/graphql",status="200"} 2"#))
            #expect(lines.contains(#"graphql_commands_total{command="InviteCustomer",outcome="accepted"} 1"#))
            #expect(lines.contains(#"graphql_commands_total{command="InviteCustomer",outcome="rejected"} 1"#))
            #expect(lines.contains(#"graphql_commands_total{command="OpenAccount",outcome="pending"} 0"#))
            #expect(lines.contains(#"http_request_duration_seconds_bucket{route="/graphql",le="+Inf"} 2"#))
            #expect(lines.contains(#"http_request_duration_seconds_count{route="/health"} 1"#))
            #expect(lines.contains("# TYPE http_request_duration_seconds histogram"))
            #expect(lines.contains("# TYPE projection_lag_events gauge"))
            #expect(lines.contains { $0.hasPrefix("projection_lag_events ") })
            #expect(lines.contains("# TYPE store_failures_total counter"))
            #expect(lines.contains("store_failures_total 0"))
            #expect(lines.last == "http_server_connections 3")
            #expect(reply.text.hasSuffix("\n"))
        }
    }

    @Test func everySampleLineHasANameLabelsAndANumber() async throws {
        try await GatewayHarness.with { harness in
            _ = await harness.post("{ __typename }")
            let text = await harness.get("/metrics").text
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let parts = line.split(separator: " ")
                #expect(parts.count == 2, "\(line)")
                #expect(Double(parts.last ?? "") != nil, "\(line)")
            }
        }
    }

    @Test func showsTheBackendsStoreFailures() async throws {
        var backend = StubBackend(catalog: Domain.catalog)
        backend.storeFailures = 3
        let gateway = try Gateway(
            schema: try GatewayHarness.schema(), queries: Domain.queries, backend: backend, configuration: .init())
        let request = HTTPRequest(method: "GET", path: "/metrics", headers: [])
        let response: HTTPResponse
        switch gateway.respond(to: request) {
        case .now(let now): response = now
        case .later(let later): response = await later()
        }
        let lines = Reply(response).text.split(separator: "\n")
        #expect(lines.contains("store_failures_total 3"))
    }

    @Test func aLagTheStoreCouldNotTellHasNoSample() {
        let text = MetricsText.render(GatewayMetrics(commands: []), projectionLag: nil, storeFailures: 1, extra: nil)
        #expect(!text.contains("\nprojection_lag_events "))
        #expect(text.contains("store_failures_total 1\n"))
    }

    @Test func histogramBucketsAreCumulative() {
        let metrics = GatewayMetrics(commands: [])
        metrics.recordRequest(route: 0, status: 200, nanoseconds: 100_000)  // 0.1 ms
        metrics.recordRequest(route: 0, status: 200, nanoseconds: 3_000_000)  // 3 ms
        metrics.recordRequest(route: 0, status: 299, nanoseconds: 20_000_000_000)  // 20 s
        let text = MetricsText.render(metrics, projectionLag: 7, storeFailures: 0, extra: nil)
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/graphql",le="0.0005"} 1"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/graphql",le="0.005"} 2"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/graphql",le="10.0"} 2"#))
        #expect(text.contains(#"http_request_duration_seconds_bucket{route="/graphql",le="+Inf"} 3"#))
        #expect(text.contains(#"http_requests_total{route="/graphql",status="299"} 1"#))
        #expect(text.contains("projection_lag_events 7\n"))
    }
}
