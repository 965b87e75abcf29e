import Foundation
import TestSupport
import Testing

/// A stop finishes every request that has begun (CONTRACT.md: SIGTERM or SIGINT stops accepting
/// and finishes the requests in flight), and a full server says so instead of closing silently.
@Suite(.exclusive)
struct GracefulStopTests {
    @Test func aMutationHalfSentWhenTheStopComesIsAnsweredAndStored() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            let connection = try RawConnection(port: server.port, timeout: 30)
            // A first answer on this connection shows the server has taken it, so the stop cannot
            // find it still waiting to be accepted.
            try connection.send(HTTPText.request("GET", "/health"))
            #expect(try connection.readResponse().status == 200)
            let payload: [String: Any] = [
                "query": "mutation($o: String!) { OpenAccount(owner: $o, initialDeposit: 42) { id balance } }",
                "variables": ["o": "half-sent"],
            ]
            // `Expect: 100-continue`: the interim answer shows the server has read the head before
            // the signal, so the request has begun whatever the machine's load.
            let request = HTTPText.request(
                "POST", "/graphql",
                headers: [("Content-Type", "application/json"), ("Expect", "100-continue")],
                body: [UInt8](try JSONSerialization.data(withJSONObject: payload)))
            let bodyStart = try #require(request.firstRange(of: Array("\r\n\r\n".utf8))).upperBound
            let split = bodyStart + (request.count - bodyStart) / 2
            try connection.send(Array(request[..<bodyStart]))
            #expect(try connection.readAnyHead().status == 100)
            try connection.send(Array(request[bodyStart..<split]))
            server.signal(SIGTERM)
            #expect(waitUntilRefused(port: server.port), "the listener stayed open after SIGTERM")
            try connection.send(Array(request[split...]))
            let answer = try connection.readResponse()
            #expect(answer.status == 200, "\(answer.text)")
            #expect(answer.header("Connection") == "close")
            let opened = GraphQLResult(answer.json).object("OpenAccount")
            let id = try #require(opened?["id"] as? String, "\(answer.text)")
            #expect(opened?["balance"] as? Int == 42)
            #expect(connection.isClosedByServer())
            #expect(server.waitForExit() == 0, "\(server.errorText())")
            server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            #expect(try server.balance(id) == 42)
        }
    }

    @Test func aConnectionOverTheCapIsAnswered503WithRetryAfter() async throws {
        try await offPool {
            let server = try ServerProcess(["--ephemeral", "--max-connections", "2"])
            let held = try (0..<2).map { _ in try RawConnection(port: server.port) }
            for connection in held {
                try connection.send(HTTPText.request("GET", "/health"))
                #expect(try connection.readResponse().status == 200)
            }
            let third = try RawConnection(port: server.port)
            try third.send(HTTPText.request("GET", "/health"))
            let refused = try third.readResponse()
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") == "1")
            #expect(refused.header("Connection") == "close")
            #expect(refused.header("Content-Type") == "application/json")
            #expect(GraphQLResult(refused.json).code == "INTERNAL", "\(refused.text)")
            #expect(third.isClosedByServer())
            for connection in held {
                try connection.send(HTTPText.request("GET", "/health"))
                #expect(try connection.readResponse().status == 200)
            }
        }
    }

    @Test func helpListsTheConnectionCapWithItsDefault() async throws {
        try await offPool {
            let run = try ProcessTests().runToExit(["--help"])
            #expect(run.status == 0)
            for text in ["--max-connections", "[MAX_CONNECTIONS]", "default: 10000"] {
                #expect(run.output.contains(text), "\(text) missing from --help")
            }
        }
    }

    /// Waits up to 10 s for a new connection to be refused: the listener has closed.
    private func waitUntilRefused(port: Int) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if (try? RawConnection(port: port)) == nil { return true }
            usleep(10_000)
        }
        return false
    }
}
