import Testing

@testable import HTTP

struct HTTPServerSmokeTests {
    @Test func answersAGet() async throws {
        try await withServer { _, port in
            let client = try TestClient(port: port)
            try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.bodyText == "hello")
        }
    }
}
