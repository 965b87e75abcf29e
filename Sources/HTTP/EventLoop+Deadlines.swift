// Timeouts: a coarse scan of every connection a few times a second, instead of a timer per request.
extension EventLoop {
    private enum Expiry { case head, body, idle, write, linger }

    func scanDeadlines() {
        for case let connection? in connections {
            guard let expiry = expired(connection) else { continue }
            switch expiry {
            case .head, .body:
                // RFC 9110 §15.5.9: 408 for a request that did not arrive in time; then close.
                answerError(
                    408, expiry == .head ? "request head took too long" : "request body took too long",
                    on: connection)
                flush(connection)
            case .idle, .write, .linger:
                close(connection)
            }
        }
    }

    private func expired(_ connection: Connection) -> Expiry? {
        if connection.isLingering { return now >= connection.lingerUntil ? .linger : nil }
        if connection.hasPendingOutput {
            let since = connection.writeBlockedSince
            return since > 0 && now - since >= timeouts.write ? .write : nil
        }
        // Waiting on the responder is not the client's delay.
        if connection.sequencer.outstanding > 0 { return nil }
        if connection.closesAfterWrite { return nil }
        if connection.parser.hasPartialRequest {
            if connection.parser.isReadingHead {
                return now - connection.headStartedAt >= timeouts.header ? .head : nil
            }
            let since = connection.bodyStartedAt == 0 ? connection.headStartedAt : connection.bodyStartedAt
            return now - since >= timeouts.body ? .body : nil
        }
        return now - connection.lastActivity >= timeouts.idle ? .idle : nil
    }
}
