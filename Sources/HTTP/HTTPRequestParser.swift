/// HTTP/1.1 request reader as a value-type state machine: bytes in, whole requests out (RFC 9112).
///
/// The owner appends received bytes (`append(_:)`, or `receive(_:)` straight from a socket)
/// and calls `next()` until it answers `.needMore`. Every request already whole in the buffer
/// comes out in order, so pipelined requests need no extra reads. After a `.failure` the
/// parser stays failed: the owner answers the error and closes. The buffer is reused between
/// requests; bodies go into the request as they arrive, so it holds at most one head.
struct HTTPRequestParser {
    /// The limits the parser enforces while reading.
    struct Limits: Sendable {
        /// Request line plus header fields (and, separately, trailer fields), in bytes: 431 beyond.
        var maxHeaderBytes: Int
        /// The body after de-chunking, in bytes: 413 beyond.
        var maxBodyBytes: Int
    }

    /// What the owner must do next.
    enum Event {
        /// Nothing more to report until more bytes arrive.
        case needMore
        /// The head asked `Expect: 100-continue` and none of its body has arrived yet.
        case continueExpected
        /// A whole request.
        case request(ParsedRequest)
        /// The bytes are not a request the server will read; answer and close.
        case failure(HTTPParseError)
    }

    /// A request read whole, with what the connection needs to know to answer it.
    struct ParsedRequest {
        var request: HTTPRequest
        /// Whether the connection may stay open after the answer (RFC 9112 §9.3).
        var keepAlive: Bool
        /// Whether the method is HEAD, whose answer has no body (RFC 9110 §9.3.2).
        var isHead: Bool
        /// Whether the request said HTTP/1.0, whose kept-alive answers must say so (RFC 9112 §9.3).
        var isHTTP10: Bool
    }

    enum State: Equatable {
        /// Reading a head; `scanned` bytes after `start` hold no blank line yet.
        case head(scanned: Int)
        case body(remaining: Int)
        case chunkSize
        case chunkData(remaining: Int)
        case chunkEnd
        /// Reading trailer fields; `bytes` of them so far.
        case trailers(bytes: Int)
        case failed
    }

    let limits: Limits
    var state = State.head(scanned: 0)
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var pending: RequestHead?
    private var body: [UInt8] = []
    private static let initialCapacity = 4096

    init(limits: Limits) {
        self.limits = limits
        self.buffer = [UInt8](repeating: 0, count: Self.initialCapacity)
    }

    /// Whether part of a request has arrived and the rest has not.
    var hasPartialRequest: Bool {
        if case .head = state { return start < end }
        return state != .failed
    }

    /// Whether the partial request is still in its head (header timeout) rather than its body.
    var isReadingHead: Bool {
        if case .head = state { return true }
        return false
    }

    /// Bytes received and not yet consumed.
    var bufferedCount: Int { end - start }

    /// Body bytes read so far for the request in progress.
    var bodyCount: Int { body.count }

    /// Appends received bytes (tests; the server reads straight into the buffer).
    mutating func append(_ bytes: some Collection<UInt8>) {
        reserveFreeSpace(bytes.count)
        for byte in bytes {
            buffer[end] = byte
            end += 1
        }
    }

    /// Lets `read` fill free space at the buffer's end; a positive result counts the bytes it wrote.
    mutating func receive(minimumSpace: Int = 4096, _ read: (UnsafeMutableRawBufferPointer) -> Int) -> Int {
        reserveFreeSpace(minimumSpace)
        let end = self.end
        let count = buffer.withUnsafeMutableBytes { read(UnsafeMutableRawBufferPointer(rebasing: $0[end...])) }
        if count > 0 { self.end += count }
        return count
    }

    /// The next event the received bytes allow.
    mutating func next() -> Event {
        while true {
            switch state {
            case .head(let scanned):
                return nextHead(scanned: scanned)
            case .body(let remaining):
                let taken = takeBody(upTo: remaining)
                if taken == remaining { return finishRequest() }
                state = .body(remaining: remaining - taken)
                return .needMore
            case .chunkData(let remaining):
                let taken = takeBody(upTo: remaining)
                guard taken == remaining else {
                    state = .chunkData(remaining: remaining - taken)
                    return .needMore
                }
                state = .chunkEnd
            case .chunkSize, .chunkEnd, .trailers:
                if let event = nextChunkedStep() { return event }
            case .failed:
                return .needMore
            }
        }
    }

    mutating func fail(_ error: HTTPParseError) -> Event {
        state = .failed
        pending = nil
        body = []
        return .failure(error)
    }

    // MARK: - Head

    private mutating func nextHead(scanned: Int) -> Event {
        // RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request-line.
        if scanned == 0 {
            while start < end, buffer[start] == UInt8(ascii: "\r") || buffer[start] == UInt8(ascii: "\n") {
                start += 1
            }
            if start == end { resetIfEmpty() }
        }
        switch findBlankLine(from: start + scanned) {
        case .notYet(let resumeAt):
            state = .head(scanned: resumeAt - start)
            guard end - start > limits.maxHeaderBytes else { return .needMore }
            return fail(lineEnd() == nil ? .requestLineTooLong : .headTooLarge)
        case .found(let headEnd):
            guard headEnd - start <= limits.maxHeaderBytes else { return fail(.headTooLarge) }
            let parsed = buffer.withUnsafeBufferPointer {
                RequestHead.parse(UnsafeBufferPointer(rebasing: $0[start..<headEnd]), limits: limits)
            }
            start = headEnd
            switch parsed {
            case .failure(let error): return fail(error)
            case .success(let head): return begin(head)
            }
        }
    }

    private mutating func begin(_ head: RequestHead) -> Event {
        switch head.framing {
        case .none:
            state = .head(scanned: 0)
            resetIfEmpty()
            return .request(head.parsed)
        case .length(let length):
            state = .body(remaining: length)
            body.reserveCapacity(length)
        case .chunked:
            state = .chunkSize
        }
        pending = head
        // RFC 9110 §10.1.1: 100 Continue only while the body is still to come.
        if head.expectsContinue && start == end { return .continueExpected }
        return next()
    }

    mutating func finishRequest() -> Event {
        state = .head(scanned: 0)
        resetIfEmpty()
        guard var head = pending else { return fail(.badRequest("request body without a head")) }
        pending = nil
        head.request.body = body
        body = []
        return .request(head.parsed)
    }

    private enum BlankLineSearch {
        case found(end: Int)
        case notYet(resumeAt: Int)
    }

    /// The end of the first empty line at or after `from` (lines end in LF, optionally CR LF).
    private func findBlankLine(from: Int) -> BlankLineSearch {
        buffer.withUnsafeBufferPointer { bytes in
            var index = from
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") {
                    let after = index + 1
                    if after < end, bytes[after] == UInt8(ascii: "\n") { return .found(end: after + 1) }
                    if after + 1 < end, bytes[after] == UInt8(ascii: "\r"), bytes[after + 1] == UInt8(ascii: "\n") {
                        return .found(end: after + 2)
                    }
                    if after >= end || (after + 1 >= end && bytes[after] == UInt8(ascii: "\r")) {
                        return .notYet(resumeAt: index)
                    }
                }
                index += 1
            }
            return .notYet(resumeAt: end)
        }
    }

    // MARK: - Buffer

    /// Moves `count` body bytes (at most) from the buffer into the body; answers how many.
    mutating func takeBody(upTo count: Int) -> Int {
        let taken = min(count, end - start)
        if taken > 0 {
            body.append(contentsOf: buffer[start..<(start + taken)])
            start += taken
            resetIfEmpty()
        }
        return taken
    }

    /// The index of the first LF at or after `start`, nil when none has arrived.
    func lineEnd() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            var index = start
            while index < end {
                if bytes[index] == UInt8(ascii: "\n") { return index }
                index += 1
            }
            return nil
        }
    }

    /// Runs `body` over the bytes of the line from `start` to `lineEnd` (its CR dropped) and consumes it.
    mutating func consumeLine<T>(endingAt lineEnd: Int, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var last = lineEnd
        if last > start, buffer[last - 1] == UInt8(ascii: "\r") { last -= 1 }
        let result = buffer.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<last])) }
        start = lineEnd + 1
        resetIfEmpty()
        return result
    }

    private mutating func resetIfEmpty() {
        guard start == end else { return }
        start = 0
        end = 0
        if buffer.count > 64 << 10 { buffer = [UInt8](repeating: 0, count: Self.initialCapacity) }
    }

    private mutating func reserveFreeSpace(_ needed: Int) {
        guard buffer.count - end < needed else { return }
        if start > 0 {
            let (from, count) = (start, end - start)
            buffer.withUnsafeMutableBufferPointer { bytes in
                guard let base = bytes.baseAddress else { return }
                (base).update(from: base + from, count: count)
            }
            start = 0
            end = count
        }
        if buffer.count - end < needed {
            buffer.append(contentsOf: repeatElement(0, count: max(needed, buffer.count)))
        }
    }
}
