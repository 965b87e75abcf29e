import Foundation
import TestSupport
import Testing

@testable import HTTP

/// Clients that are slow, greedy or gone: limits, timeouts, and the server serving the rest.
struct HTTPServerRobustnessTests {
    /// Waits up to `seconds` for `condition`, checking every 20 ms.
    private func eventually(_ seconds: Double = 3, _ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return condition()
    }

    @Test func cutsOffAByteASecondClientWhileServingOthers() async throws {
        try await withServer(
            .forTests.with {
                $0.headerTimeout = .seconds(1)
                $0.eventLoops = 1
            }
        ) { server, port in
            async let slow: (Int, Double) = onThread {
                let client = try TestClient(port: port)
                let start = Date()
                for byte in "GET /hello HTTP/1.1\r\nHost: x\r\n".utf8 {
                    guard (try? client.send([byte])) != nil else { break }
                    Thread.sleep(forTimeInterval: 0.2)
                    if Date().timeIntervalSince(start) > 1.6 { break }
                }
                let status = (try? client.readResponse().status) ?? 0
                return (status, Date().timeIntervalSince(start))
            }
            let fastLatencies = try await onThread {
                try (0..<5).map { _ -> Double in
                    Thread.sleep(forTimeInterval: 0.1)
                    let start = Date()
                    let client = try TestClient(port: port)
                    try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                    _ = try client.readResponse()
                    return Date().timeIntervalSince(start)
                }
            }
            let (status, elapsed) = try await slow
            #expect(status == 408)
            // Cut off by the 1 s header timeout, well before the client's 5 s read timeout.
            #expect(elapsed < 4)
            // A loop held by the slow client would serve nobody until it cut that client off at 1 s.
            #expect(fastLatencies.allSatisfy { $0 < 0.75 }, "\(fastLatencies)")
            #expect(server.statistics.serverAnswers[408] == 1)
        }
    }

    @Test func closesAnIdleKeptAliveConnection() async throws {
        try await withServer(.forTests.with { $0.idleTimeout = .milliseconds(400) }) { _, port in
            let (answered, closedAfter) = try await onThread {
                let client = try TestClient(port: port)
                // From before the request: the idle time starts after the answer, so however late
                // this thread runs, a close earlier than 0.4 s after `start` is a close too early.
                let start = Date()
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                _ = try client.readResponse()
                let closed = client.isClosedByServer()
                return (closed, Date().timeIntervalSince(start))
            }
            #expect(answered)
            #expect(closedAfter >= 0.39 && closedAfter < 4, "closed after \(closedAfter) s")
        }
    }

    @Test func answers503WithRetryAfterOverTheConnectionCapAndServesTheRest() async throws {
        try await withServer(.forTests.with { $0.maxConnections = 3 }) { server, port in
            let (statuses, refused, refusedClosed) = try await onThread {
                let clients = try (0..<3).map { _ in try TestClient(port: port) }
                for client in clients { try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n") }
                let statuses = try clients.map { try $0.readResponse().status }
                let extra = try TestClient(port: port)
                try extra.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                let refused = try extra.readResponse()
                // The ones under the cap stay served meanwhile.
                for client in clients { try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n") }
                let again = try clients.map { try $0.readResponse().status }
                return (statuses + again, refused, extra.isClosedByServer())
            }
            #expect(statuses == Array(repeating: 200, count: 6))
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") == "1")
            #expect(refused.header("Connection") == "close")
            #expect(refused.header("Content-Type") == "application/json")
            let json = try JSONSerialization.jsonObject(with: Data(refused.body)) as? [String: Any]
            let error = (json?["errors"] as? [[String: Any]])?.first
            #expect((error?["extensions"] as? [String: Any])?["code"] as? String == "INTERNAL")
            #expect((error?["message"] as? String)?.isEmpty == false)
            #expect(refusedClosed)
            #expect(server.statistics.connectionsRefused == 1)
            #expect(server.statistics.serverAnswers[503] == 1)
            #expect(await eventually { server.statistics.connectionsOpen == 0 })
            let later = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse().status
            }
            #expect(later == 200)
        }
    }

    @Test func survivesAClientThatVanishesMidRequestOrMidResponse() async throws {
        try await withServer { server, port in
            try await onThread {
                let partial = try TestClient(port: port)
                try partial.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhalf")
                let reader = try TestClient(port: port)
                try reader.send("GET /big/8000000 HTTP/1.1\r\nHost: x\r\n\r\n")
                var byte: UInt8 = 0
                _ = recv(reader.fd, &byte, 1, 0)
            }
            #expect(await eventually { server.statistics.connectionsOpen == 0 })
            let status = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse().status
            }
            #expect(status == 200)
        }
    }

    @Test func closesAConnectionWhoseClientDoesNotReadItsAnswers() async throws {
        try await withServer(.forTests.with { $0.writeTimeout = .milliseconds(300) }) { server, port in
            let client = try await onThread { () -> Int32 in
                let client = try TestClient(port: port)
                try client.send("GET /big/30000000 HTTP/1.1\r\nHost: x\r\n\r\n")
                return dup(client.fd)
            }
            #expect(await eventually { server.statistics.connectionsOpen == 0 })
            close(client)
        }
    }

    @Test func keepsServingAfterClientsSendRandomBytes() async throws {
        try await withServer { server, port in
            try await onThread {
                var generator = SplitMix64(seed: 9)
                for round in 0..<40 {
                    let client = try TestClient(port: port, receiveTimeout: 1)
                    let prefix = round % 2 == 0 ? Array("POST /echo HTTP/1.1\r\nHost: x\r\n".utf8) : []
                    let noise = (0..<(Int(generator.next() % 3000) + 1)).map { _ in
                        UInt8(truncatingIfNeeded: generator.next())
                    }
                    try? client.send(prefix + noise + Array("\r\n\r\n".utf8))
                    _ = client.readToEnd()
                }
            }
            let status = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse().status
            }
            #expect(status == 200)
            #expect(server.statistics.serverAnswers[400, default: 0] > 0)
        }
    }

    @Test func neverHandsALateAnswerToANewConnectionOnTheSameDescriptor() async throws {
        try await withServer(.forTests.with { $0.eventLoops = 1 }) { _, port in
            let bodies = try await onThread {
                do {
                    let gone = try TestClient(port: port)
                    try gone.send("GET /later/300 HTTP/1.1\r\nHost: x\r\n\r\n")
                    Thread.sleep(forTimeInterval: 0.05)
                    gone.resetOnClose()
                }
                Thread.sleep(forTimeInterval: 0.05)
                // Same descriptor, same first sequence number: only the connection id tells them apart.
                let next = try TestClient(port: port)
                try next.send("GET /later/600 HTTP/1.1\r\nHost: x\r\n\r\n")
                return try next.readResponse().bodyText
            }
            #expect(bodies == "later 600")
        }
    }

    @Test func serves200ConcurrentConnections() async throws {
        try await withServer { server, port in
            let statuses = try await onThread {
                let clients = try (0..<200).map { _ in try TestClient(port: port) }
                for (index, client) in clients.enumerated() {
                    try client.send("GET /\(index % 2 == 0 ? "hello" : "later/20") HTTP/1.1\r\nHost: x\r\n\r\n")
                }
                return try clients.map { try $0.readResponse().status }
            }
            #expect(statuses == Array(repeating: 200, count: 200))
            #expect(server.statistics.connectionsAccepted == 200)
        }
    }

    @Test(.exclusive) func answersAnInFlightRequestDuringShutdownThenCloses() async throws {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.eventLoops = 2
        // A grace far longer than the work: ending well within it shows the shutdown waited for
        // the answer, not for the grace to run out (the machine's load sets how fast, not a bug).
        configuration.shutdownGrace = .seconds(60)
        let server = HTTPServer(configuration: configuration, responder: TestResponder())
        let port = try server.start()
        let idle = try await onThread { () -> Int32 in
            let client = try TestClient(port: port)
            return dup(client.fd)
        }
        async let inFlight: ([TestClient.Response], Bool) = onThread {
            let client = try TestClient(port: port)
            try client.send("GET /later/400 HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
            return ([try client.readResponse(), try client.readResponse()], client.isClosedByServer())
        }
        try await Task.sleep(for: .milliseconds(150))
        let start = ContinuousClock.now
        await server.shutdown()
        let (responses, closed) = try await inFlight
        #expect(responses.map(\.bodyText) == ["later 400", "hello"])
        #expect(responses.map { $0.header("Connection") } == [nil, "close"])
        #expect(closed)
        #expect(ContinuousClock.now - start < .seconds(30))
        #expect(server.statistics.connectionsOpen == 0)
        var byte: UInt8 = 0
        #expect(recv(idle, &byte, 1, 0) <= 0)
        close(idle)
        #expect((try? TestClient(port: port)) == nil)
    }
}
