import Testing

@testable import HTTP

struct HTTPServerStartTests {
    @Test func answersAGetOnThePortItReports() async throws {
        try await withServer { _, port in
            let response = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.status == 200)
            #expect(response.bodyText == "hello")
        }
    }

    @Test func refusesAPortAnotherServerListensOn() async throws {
        try await withServer { _, port in
            let second = HTTPServer(configuration: .forTests.with { $0.port = port }, responder: TestResponder())
            #expect(throws: HTTPServerError.self) { try second.start() }
        }
    }

    @Test func refusesAHostThatIsNotAnAddress() {
        let server = HTTPServer(configuration: .forTests.with { $0.host = "example.com" }, responder: TestResponder())
        #expect(throws: HTTPServerError.self) { try server.start() }
    }

    @Test func refusesAPortOutOfRange() {
        let server = HTTPServer(configuration: .forTests.with { $0.port = 65536 }, responder: TestResponder())
        #expect(throws: HTTPServerError.self) { try server.start() }
    }

    @Test func listensOnLocalhost() async throws {
        try await withServer(.forTests.with { $0.host = "localhost" }) { _, port in
            let status = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse().status
            }
            #expect(status == 200)
        }
    }

    @Test func listensOnAnIPv6Literal() async throws {
        try await withServer(.forTests.with { $0.host = "::1" }) { _, port in
            let status = try await onThread {
                let client = try TestClient(port: port, ipv6: true)
                try client.send("GET /hello HTTP/1.1\r\nHost: [::1]\r\n\r\n")
                return try client.readResponse().status
            }
            #expect(status == 200)
        }
    }
}
