import Glibc
import TestSupport

@testable import HTTP

/// The responder behind live tests: a few routes that answer at once or later.
///
/// - `/hello`: 200 `hello` at once.
/// - `/echo`: 200 with the request's body, and `X-Method` / `X-Query` headers.
/// - `/later/MS`: 200 `later MS` after MS milliseconds, from a task.
/// - `/big/N`: 200 with N bytes.
struct TestResponder: HTTPResponder {
    func respond(to request: HTTPRequest) -> HTTPReply {
        let parts = request.path.split(separator: "/")
        switch parts.first {
        case "hello":
            return .now(HTTPResponse(status: 200, contentType: "text/plain", body: "hello"))
        case "echo":
            return .now(
                HTTPResponse(
                    status: 200,
                    headers: [("X-Method", request.method), ("X-Query", String(request.query ?? "-"))],
                    body: request.body))
        case "later":
            let milliseconds = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            return .later {
                try? await Task.sleep(for: .milliseconds(milliseconds))
                return HTTPResponse(status: 200, contentType: "text/plain", body: "later \(milliseconds)")
            }
        case "big":
            let count = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            return .now(HTTPResponse(status: 200, body: [UInt8](repeating: UInt8(ascii: "x"), count: count)))
        default:
            return .now(HTTPResponse(status: 404, contentType: "text/plain", body: "not found"))
        }
    }
}

extension HTTPServer.Configuration {
    /// A free port, two loops, timeouts short enough for tests.
    static var forTests: Self {
        var configuration = Self()
        configuration.port = 0
        configuration.eventLoops = 2
        configuration.headerTimeout = .seconds(2)
        configuration.bodyTimeout = .seconds(2)
        configuration.idleTimeout = .seconds(3)
        configuration.writeTimeout = .seconds(2)
        configuration.shutdownGrace = .seconds(3)
        return configuration
    }

    /// A copy changed by `adjust`.
    func with(_ adjust: (inout Self) -> Void) -> Self {
        var copy = self
        adjust(&copy)
        return copy
    }
}

/// Starts a server for `TestResponder`, runs `body` with it and its port, then shuts it down.
///
/// Inside `ExclusiveSection`: the server's `.later` answers and timeouts run on the cooperative
/// pool, which the parallel tests would otherwise hold for seconds (a 5 s read timeout ran out).
func withServer(
    _ configuration: HTTPServer.Configuration = .forTests,
    _ body: (HTTPServer, Int) async throws -> Void
) async throws {
    try await ExclusiveSection.run {
        let server = HTTPServer(configuration: configuration, responder: TestResponder())
        let port = try server.start()
        do {
            try await body(server, port)
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }
}
