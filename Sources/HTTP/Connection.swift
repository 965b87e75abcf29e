/// One accepted socket and its protocol state, owned by the event loop that accepted it.
///
/// Only its loop's thread touches it. Answers finished by `.later` tasks come back through the
/// loop's inbox keyed by `fd` and `id`, so an answer for a closed socket whose descriptor was
/// reused never reaches the new connection.
final class Connection {
    let fd: Int32
    /// Unique per loop: tells this connection apart from a later one on the same descriptor.
    let id: UInt64
    var parser: HTTPRequestParser
    var sequencer = ResponseSequencer()
    /// Encoded answers not yet sent, from `outputStart` on.
    var output: [UInt8] = []
    var outputStart = 0
    /// The epoll events currently asked for.
    var interest: UInt32 = 0
    /// False once a request asked to close, or failed: nothing after it is read.
    var acceptsRequests = true
    /// A closing answer is encoded: close once the output is sent.
    var closesAfterWrite = false
    /// Bytes arrived that the parser has not yet been run over to its `.needMore`: whole requests
    /// may wait there (read-ahead paused), and must be answered before a drain or half-close ends.
    var needsParse = false
    /// The client shut its sending side (read returned 0): answer what was read, then close.
    var peerClosed = false
    /// Our side is shut for writing; discarding input until the client closes or `lingerUntil`.
    var isLingering = false
    var lingerUntil: Int64 = 0
    /// Monotonic nanoseconds: when the head being read began, when its body began (0: not yet),
    /// when the connection last did anything, and since when a write has made no progress (0: none).
    var headStartedAt: Int64
    var bodyStartedAt: Int64 = 0
    var lastActivity: Int64
    var writeBlockedSince: Int64 = 0

    init(fd: Int32, id: UInt64, limits: HTTPRequestParser.Limits, now: Int64) {
        self.fd = fd
        self.id = id
        self.parser = HTTPRequestParser(limits: limits)
        self.headStartedAt = now
        self.lastActivity = now
    }

    var hasPendingOutput: Bool { outputStart < output.count }

    /// A request's head has arrived and its body is still coming.
    var isReadingBody: Bool { parser.hasPartialRequest && !parser.isReadingHead }

    /// Received bytes the parser has not run over yet: a whole request may still be among them.
    var hasUnparsedInput: Bool { needsParse && parser.bufferedCount > 0 }
}

@available(*, unavailable) extension Connection: Sendable {}
