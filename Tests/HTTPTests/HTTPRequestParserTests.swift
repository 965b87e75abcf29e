import Testing

@testable import HTTP

/// What the parser reported for a whole input, in a form tests can compare.
enum ParserOutcome: Equatable {
    case request(method: String, path: String, query: String?, headers: [String], body: String, keepAlive: Bool)
    case continueExpected
    case failure(status: Int)
}

/// Feeds `input` in the given pieces, draining events after each one.
func parse(
    _ input: String, pieces: [Range<Int>]? = nil,
    limits: HTTPRequestParser.Limits = .init(maxHeaderBytes: 1024, maxBodyBytes: 64)
) -> [ParserOutcome] {
    let bytes = Array(input.utf8)
    var parser = HTTPRequestParser(limits: limits)
    var outcomes: [ParserOutcome] = []
    for piece in pieces ?? [0..<bytes.count] {
        parser.append(bytes[piece])
        draining: while true {
            switch parser.next() {
            case .needMore: break draining
            case .continueExpected: outcomes.append(.continueExpected)
            case .request(let parsed):
                let request = parsed.request
                outcomes.append(
                    .request(
                        method: request.method, path: String(request.path), query: request.query.map(String.init),
                        headers: request.headers.map { "\($0.name)=\($0.value)" },
                        body: String(decoding: request.body, as: UTF8.self), keepAlive: parsed.keepAlive))
            case .failure(let error):
                outcomes.append(.failure(status: error.status))
                break draining
            }
        }
    }
    return outcomes
}

/// The outcomes of `input` split in two at every offset, and fed one byte at a time, minus
/// `.continueExpected` (which depends on whether body bytes came with the head).
func outcomesAtEverySplit(
    _ input: String, limits: HTTPRequestParser.Limits = .init(maxHeaderBytes: 1024, maxBodyBytes: 64)
)
    -> [[ParserOutcome]]
{
    let count = input.utf8.count
    var results: [[ParserOutcome]] = []
    for offset in 0...count {
        results.append(parse(input, pieces: [0..<offset, offset..<count], limits: limits))
    }
    results.append(parse(input, pieces: (0..<count).map { $0..<($0 + 1) }, limits: limits))
    return results.map { $0.filter { $0 != .continueExpected } }
}

struct HTTPRequestParserTests {
    @Test func readsARequestLineAndHeaders() {
        let outcomes = parse("GET /graphql?query=%7B%7D HTTP/1.1\r\nHost: example\r\nAccept:  */* \r\n\r\n")
        #expect(
            outcomes == [
                .request(
                    method: "GET", path: "/graphql", query: "query=%7B%7D", headers: ["Host=example", "Accept=*/*"],
                    body: "", keepAlive: true)
            ])
    }

    static let pipelined =
        "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        + "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
        + "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
        + "3;name=value\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n"
        + "HEAD /d HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
        + "GET /e HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"

    @Test func readsPipelinedRequestsInOrder() {
        let outcomes = parse(Self.pipelined)
        #expect(outcomes.count == 5)
        guard case .request(_, "/c", _, _, let body, _) = outcomes[2] else {
            Issue.record("third is \(outcomes[2])")
            return
        }
        #expect(body == "abc0123456789abcdef")
        #expect(outcomes.map(\.keepAliveForTest) == [true, true, true, true, false])
    }

    @Test func readsTheSameRequestsWhereverTheInputIsSplit() {
        let whole = parse(Self.pipelined)
        for (index, outcome) in outcomesAtEverySplit(Self.pipelined).enumerated() {
            #expect(outcome == whole, "split \(index)")
        }
    }

    @Test func keepsHTTP10ConnectionsOnlyWhenAsked() {
        #expect(parse("GET / HTTP/1.0\r\n\r\n").map(\.keepAliveForTest) == [false])
        #expect(parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").map(\.keepAliveForTest) == [true])
        #expect(parse("GET / HTTP/1.1\r\nHost: x\r\nConnection: CLOSE\r\n\r\n").map(\.keepAliveForTest) == [false])
    }

    @Test func ignoresEmptyLinesBeforeTheRequestLine() {
        #expect(parse("\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n").count == 1)
    }

    @Test func acceptsBareLineFeeds() {
        #expect(parse("GET / HTTP/1.1\nHost: x\n\n").map(\.keepAliveForTest) == [true])
    }

    @Test func asksForContinueOnlyWhileTheBodyIsStillToCome() {
        let head = "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n"
        let count = head.utf8.count
        let waiting = parse(head + "ok", pieces: [0..<count, count..<(count + 2)])
        #expect(waiting.first == .continueExpected)
        #expect(waiting.count == 2)
        #expect(parse(head + "ok").first != .continueExpected)
    }

    @Test func acceptsRepeatedIdenticalContentLengths() {
        let outcomes = parse("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok")
        #expect(outcomes.count == 1 && outcomes.first?.statusForTest == nil)
    }

    static let malformed: [(String, Int)] = [
        ("GET / HTTP/1.1\r\n\r\n", 400),  // no Host
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        ("GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1 \r\nHost: x\r\n\r\n", 400),
        ("GET / http/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET /\u{01} HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("G\u{7F}T / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHo\u{00}st: x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{00}b\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-Ä: 1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x10\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length:\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("GET / HTTP/1.2\r\nHost: x\r\n\r\n", 505),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 65\r\n\r\n", 413),
        ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", 413),
        (
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + String(repeating: "a", count: 64)
                + "\r\n1\r\na\r\n0\r\n\r\n", 413
        ),
        ("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffffffff\r\n", 413),
        ("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + String(repeating: "a", count: 1100) + "\r\n\r\n", 431),
        ("GET /" + String(repeating: "a", count: 1100), 414),
        (
            "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: "
                + String(repeating: "a", count: 1100),
            431
        ),
    ]

    @Test(arguments: malformed)
    func answersTheRightStatusForAMalformedRequest(_ input: String, _ status: Int) {
        #expect(parse(input) == [.failure(status: status)])
    }

    @Test(arguments: malformed)
    func answersTheSameStatusWhereverAMalformedRequestIsSplit(_ input: String, _ status: Int) {
        for outcome in outcomesAtEverySplit(input) {
            #expect(outcome == [.failure(status: status)])
        }
    }

    @Test func neverTrapsOnRandomBytes() {
        var generator = SplitMix64(seed: 4)
        let alphabet =
            Array("GET POST / HTTP/1.1\r\n:;0123456789abcdefHost: Content-Length: Transfer-Encoding: chunked".utf8)
            + [0, 0x7F, 0xFF, 0x09, 0x20]
        for _ in 0..<2000 {
            var parser = HTTPRequestParser(limits: .init(maxHeaderBytes: 256, maxBodyBytes: 64))
            for _ in 0..<8 {
                parser.append(
                    (0..<Int(generator.next() % 64)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))]
                    })
                var events = 0
                while events < 100, case let event = parser.next(), !(event.isNeedMore) { events += 1 }
                #expect(events < 100)
            }
        }
    }

    @Test func staysFailedAfterAnError() {
        let outcomes = parse("GET / HTTP/9.9\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(outcomes == [.failure(status: 505)])
    }
}

extension ParserOutcome {
    var keepAliveForTest: Bool? {
        if case .request(_, _, _, _, _, let keepAlive) = self { return keepAlive }
        return nil
    }

    var statusForTest: Int? {
        if case .failure(let status) = self { return status }
        return nil
    }
}

extension HTTPRequestParser.Event {
    var isNeedMore: Bool {
        if case .needMore = self { return true }
        return false
    }
}

/// A small seeded generator, so the random-bytes test is the same every run.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
