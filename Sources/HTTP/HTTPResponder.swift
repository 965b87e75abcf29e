/// What turns requests into responses: the application behind the server (`Gateway`'s routes).
///
/// `respond(to:)` is called on an event-loop thread, once per request, in the order requests
/// arrive on a connection. It must not block: what can be answered from memory is answered at
/// once (`.now`: a query over in-memory read models, `/health`), what has to wait goes to Swift
/// concurrency (`.later`: a mutation waiting for its projection). The server writes the answers
/// of one connection in request order whichever finishes first (RFC 9112 §9.3.2, pipelining).
package protocol HTTPResponder: Sendable {
    func respond(to request: HTTPRequest) -> HTTPReply
}

/// A responder's answer: ready now, or computed by an async task the server starts and awaits.
package enum HTTPReply: Sendable {
    case now(HTTPResponse)
    case later(@Sendable () async -> HTTPResponse)
}
