import Foundation
import Testing

@testable import HTTP

/// A graceful stop finishes every request that has begun: one whose head arrived is read to its
/// end and answered, and only new connections are refused.
struct HTTPServerDrainTests {
    /// What the clients saw when a request was half sent as the drain began.
    private struct Outcome: Sendable {
        var status: Int
        var body: String
        var connectionHeader: String?
        var closedAfterAnswer: Bool
        var refusedDuringDrain: Bool
        var idleClosed: Bool
        var partialHeadClosed: Bool
    }

    /// Sends `head` and the body's `first` part, starts the drain, waits until the listeners are
    /// closed, sends the `rest` and reads the answer. An idle connection and one with part of a
    /// head are open meanwhile.
    private func drainWhileSending(_ head: String, _ first: String, then rest: String) async throws -> (
        Outcome, Duration
    ) {
        let configuration = HTTPServer.Configuration.forTests.with {
            // Far longer than the test: its answer must come from the rest arriving, not a timeout.
            $0.bodyTimeout = .seconds(20)
            $0.headerTimeout = .seconds(20)
            $0.idleTimeout = .seconds(20)
        }
        let server = HTTPServer(configuration: configuration, responder: TestResponder())
        let port = try server.start()
        let begun = DispatchSemaphore(value: 0)
        async let outcome: Outcome = onThread {
            let idle = try TestClient(port: port)
            let partialHead = try TestClient(port: port)
            try partialHead.send("GET /hello HTTP/1.1\r\nHo")
            let client = try sendHead(head, port: port)
            try client.send(first)
            begun.signal()
            // The drain closes every listener: a new connection is refused from then on.
            let deadline = Date().addingTimeInterval(10)
            var refused = false
            while !refused, Date() < deadline {
                refused = (try? TestClient(port: port)) == nil
                if !refused { Thread.sleep(forTimeInterval: 0.01) }
            }
            let (idleClosed, partialHeadClosed) = (idle.isClosedByServer(), partialHead.isClosedByServer())
            try client.send(rest)
            let response = try client.readResponse()
            return Outcome(
                status: response.status, body: response.bodyText, connectionHeader: response.header("Connection"),
                closedAfterAnswer: client.isClosedByServer(), refusedDuringDrain: refused, idleClosed: idleClosed,
                partialHeadClosed: partialHeadClosed)
        }
        try await onThread { _ = begun.wait(timeout: .now() + 10) }
        let start = ContinuousClock.now
        await server.shutdown()
        let elapsed = ContinuousClock.now - start
        #expect(server.statistics.connectionsOpen == 0)
        return (try await outcome, elapsed)
    }

    @Test func answersARequestWhoseBodyIsStillComingWhenTheDrainBegins() async throws {
        let (outcome, elapsed) = try await drainWhileSending(
            "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n", "hello", then: " world")
        #expect(outcome.status == 200)
        #expect(outcome.body == "hello world")
        #expect(outcome.connectionHeader == "close")
        #expect(outcome.closedAfterAnswer)
        #expect(elapsed < .seconds(10))
    }

    @Test func answersAChunkedRequestWhoseBodyIsStillComingWhenTheDrainBegins() async throws {
        let (outcome, _) = try await drainWhileSending(
            "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n", "5\r\nhello\r\n",
            then: "6\r\n world\r\n0\r\n\r\n")
        #expect(outcome.status == 200)
        #expect(outcome.body == "hello world")
        #expect(outcome.connectionHeader == "close")
        #expect(outcome.closedAfterAnswer)
    }

    @Test func refusesNewConnectionsAndClosesIdleAndHalfHeadedOnesWhileFinishingABody() async throws {
        let (outcome, _) = try await drainWhileSending(
            "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n", "ab", then: "cd")
        #expect(outcome.refusedDuringDrain)
        #expect(outcome.idleClosed)
        #expect(outcome.partialHeadClosed)
        #expect(outcome.body == "abcd")
    }

    @Test func answers408WhenABodyBegunBeforeTheDrainNeverEnds() async throws {
        let configuration = HTTPServer.Configuration.forTests.with { $0.bodyTimeout = .milliseconds(500) }
        let server = HTTPServer(configuration: configuration, responder: TestResponder())
        let port = try server.start()
        let begun = DispatchSemaphore(value: 0)
        async let status: Int = onThread {
            let client = try sendHead("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n", port: port)
            try client.send("hal")
            begun.signal()
            return try client.readResponse().status
        }
        try await onThread { _ = begun.wait(timeout: .now() + 10) }
        let start = ContinuousClock.now
        await server.shutdown()
        #expect(try await status == 408)
        // Bounded by the body timeout, not the grace after it.
        #expect(ContinuousClock.now - start < .seconds(3))
    }

    /// Connects and sends `head` with `Expect: 100-continue`; the interim answer shows the server
    /// has read the head, so a drain started after this finds the request begun (a head sent but
    /// not yet delivered to the socket when the drain starts is an idle connection's to lose).
    private func sendHead(_ head: String, port: Int) throws -> TestClient {
        let client = try TestClient(port: port)
        try client.send(head + "Expect: 100-continue\r\n\r\n")
        let interim = try client.readResponse()
        guard interim.status == 100 else { throw TestClient.Failure(description: "no 100: \(interim.status)") }
        return client
    }
}
