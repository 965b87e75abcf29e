import Foundation
import Testing

@testable import HTTP

/// HTTP/1.1 over a real socket: framing, keep-alive, pipelining, refusals.
struct HTTPServerProtocolTests {
    @Test func servesSeveralRequestsOnOneKeptAliveConnection() async throws {
        try await withServer { server, port in
            try await onThread {
                let client = try TestClient(port: port)
                for _ in 0..<3 {
                    try client.send("GET /hello HTTP/1.1\r\nhost: x\r\n\r\n")
                    let response = try client.readResponse()
                    #expect(response.status == 200 && response.bodyText == "hello")
                    #expect(response.header("Connection") == nil)
                    #expect(response.header("Date")?.hasSuffix(" GMT") == true)
                }
            }
            #expect(server.statistics.connectionsAccepted == 1)
        }
    }

    @Test func answersPipelinedRequestsInRequestOrderWhateverOrderTheyFinishIn() async throws {
        try await withServer { _, port in
            let bodies = try await onThread {
                let client = try TestClient(port: port)
                let paths = ["/later/300", "/later/10", "/hello", "/later/100", "/echo?q=1"]
                try client.send(paths.map { "GET \($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
                return try paths.map { _ in try client.readResponse().bodyText }
            }
            #expect(bodies == ["later 300", "later 10", "hello", "later 100", ""])
        }
    }

    @Test func readsAChunkedBody() async throws {
        try await withServer { _, port in
            let response = try await onThread {
                let client = try TestClient(port: port)
                try client.send(
                    "POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: yes\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.bodyText == "hello world")
            #expect(response.header("X-Method") == "POST")
        }
    }

    @Test func sendsContinueBeforeABodyThatIsStillToCome() async throws {
        try await withServer { _, port in
            let (interim, final) = try await onThread {
                let client = try TestClient(port: port)
                try client.send("PUT /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
                let interim = try client.readResponse()
                try client.send("body")
                return (interim.status, try client.readResponse().bodyText)
            }
            #expect(interim == 100)
            #expect(final == "body")
        }
    }

    @Test func answers413AtOnceToADeclaredBodyOverTheLimit() async throws {
        try await withServer(.forTests.with { $0.maxBodyBytes = 10 }) { server, port in
            let (response, closed) = try await onThread {
                let client = try TestClient(port: port)
                try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\n")
                return (try client.readResponse(), client.isClosedByServer())
            }
            #expect(response.status == 413)
            #expect(response.header("Connection") == "close")
            #expect(closed)
            #expect(server.statistics.serverAnswers[413] == 1)
        }
    }

    @Test func answers413ToAChunkedBodyThatGrowsOverTheLimit() async throws {
        try await withServer(.forTests.with { $0.maxBodyBytes = 10 }) { _, port in
            let response = try await onThread {
                let client = try TestClient(port: port)
                try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n12345678\r\n")
                try client.send("8\r\n12345678\r\n0\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.status == 413)
        }
    }

    @Test func answersHeadWithTheLengthOfTheBodyButNoBody() async throws {
        try await withServer { _, port in
            let (head, next) = try await onThread {
                let client = try TestClient(port: port)
                try client.send("HEAD /hello HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return (try client.readResponse(isHead: true), try client.readResponse())
            }
            #expect(head.status == 200 && head.header("Content-Length") == "5" && head.body.isEmpty)
            #expect(next.bodyText == "hello")
        }
    }

    @Test func answers431ToHeadersOverTheLimit() async throws {
        try await withServer { server, port in
            let response = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 17_000))\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.status == 431)
            #expect(server.statistics.serverAnswers[431] == 1)
        }
    }

    static let malformed: [(request: String, status: Int)] = [
        ("GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n", 400),
        ("GET /\u{00} HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX: \u{01}\r\n\r\n", 400),
        ("\u{FF}\u{FE}GET / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\n\r\n", 400),
        ("garbage\r\n\r\n", 400),
        ("GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: br\r\n\r\n", 501),
    ]

    @Test(arguments: malformed)
    func answersAMalformedRequestWithAJSONErrorAndCloses(_ request: String, _ status: Int) async throws {
        try await withServer { server, port in
            let (response, closed) = try await onThread {
                let client = try TestClient(port: port)
                try client.send(request)
                return (try client.readResponse(), client.isClosedByServer())
            }
            #expect(response.status == status)
            #expect(response.header("Connection") == "close")
            #expect(response.header("Content-Type") == "application/json")
            let json = try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any]
            let error = (json?["errors"] as? [[String: Any]])?.first
            #expect((error?["extensions"] as? [String: String])?["code"] == "BAD_REQUEST")
            #expect((error?["message"] as? String)?.isEmpty == false)
            #expect(closed)
            #expect(server.statistics.serverAnswers[status] == 1)
        }
    }

    @Test func answersAClientThatHalfClosedAfterItsRequest() async throws {
        try await withServer { _, port in
            let (response, closed) = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /later/100 HTTP/1.1\r\nHost: x\r\n\r\nGET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                client.shutdownWrite()
                let first = try client.readResponse()
                return ([first.bodyText, try client.readResponse().bodyText], client.isClosedByServer())
            }
            #expect(response == ["later 100", "hello"])
            #expect(closed)
        }
    }

    @Test func answersEveryRequestAHalfClosedClientPipelinedBeyondTheReadAhead() async throws {
        try await withServer { _, port in
            let (count, closed) = try await onThread {
                let client = try TestClient(port: port)
                try client.send(String(repeating: "GET /later/5 HTTP/1.1\r\nHost: x\r\n\r\n", count: 100))
                client.shutdownWrite()
                let answers = try (0..<100).map { _ in try client.readResponse().bodyText }
                return (answers.filter { $0 == "later 5" }.count, client.isClosedByServer())
            }
            #expect(count == 100)
            #expect(closed)
        }
    }

    @Test func closesAfterAnsweringARequestThatAskedToClose() async throws {
        try await withServer { _, port in
            let (response, closed) = try await onThread {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.0\r\n\r\n")
                return (try client.readResponse(), client.isClosedByServer())
            }
            #expect(response.header("Connection") == "close")
            #expect(closed)
        }
    }

    @Test func answersMorePipelinedRequestsThanItReadsAheadInOrder() async throws {
        try await withServer { _, port in
            let bodies = try await onThread {
                let client = try TestClient(port: port)
                let paths = (0..<150).map { $0 % 3 == 0 ? "/hello" : "/later/\($0 % 7)" }
                try client.send(paths.map { "GET \($0) HTTP/1.1\r\nHost: x\r\n\r\n" }.joined())
                return try paths.map { path in (path, try client.readResponse().bodyText) }
            }
            #expect(bodies.allSatisfy { $0.0 == "/hello" ? $0.1 == "hello" : "/later/\($0.1.dropFirst(6))" == $0.0 })
        }
    }

    @Test func readsABodyAsLargeAsTheLimit() async throws {
        try await withServer { _, port in
            let body = [UInt8]((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) })
            let echoed = try await onThread {
                let client = try TestClient(port: port)
                try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n")
                try client.send(body)
                return try client.readResponse().body
            }
            #expect(echoed == body)
        }
    }

    @Test func answers408ToABodyThatTakesTooLong() async throws {
        try await withServer(.forTests.with { $0.bodyTimeout = .milliseconds(300) }) { server, port in
            let (status, closed) = try await onThread {
                let client = try TestClient(port: port)
                try client.send("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc")
                return (try client.readResponse().status, client.isClosedByServer())
            }
            #expect(status == 408)
            #expect(closed)
            #expect(server.statistics.serverAnswers[408] == 1)
        }
    }
}
