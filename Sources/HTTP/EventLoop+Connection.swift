import Glibc

// Reading, answering and writing one connection, on its loop's thread.
extension EventLoop {
    func readable(_ connection: Connection) {
        if connection.isLingering { return discardInput(connection) }
        let wasIdle = !connection.parser.hasPartialRequest
        let received = connection.parser.receive { space in
            recv(connection.fd, space.baseAddress, space.count, 0)
        }
        if received > 0 {
            connection.needsParse = true
            connection.lastActivity = now
            if wasIdle { connection.headStartedAt = now }
            process(connection)
        } else if received == 0 {
            connection.peerClosed = true
            // A half-closed client still gets the answers to what it sent whole.
            flush(connection)
        } else if errno != EAGAIN && errno != EINTR {
            close(connection)
        }
    }

    func writable(_ connection: Connection) {
        flush(connection)
        if connections[Int(connection.fd)] === connection, !connection.hasPendingOutput { process(connection) }
    }

    /// Reads every request already whole in the buffer, answers what is ready, and writes once.
    func process(_ connection: Connection) {
        parsing: while connection.acceptsRequests, connection.sequencer.outstanding < Self.maxPipelined,
            connection.output.count - connection.outputStart < Self.maxOutputBytes
        {
            switch connection.parser.next() {
            case .needMore:
                connection.needsParse = false
                break parsing
            case .continueExpected:
                // RFC 9110 §10.1.1: only when no earlier answer is still to be written before it.
                if connection.sequencer.outstanding == 0 { ResponseEncoder.appendContinue(into: &connection.output) }
            case .request(let parsed):
                connection.headStartedAt = now
                connection.bodyStartedAt = 0
                handle(parsed, on: connection)
            case .failure(let error):
                answerError(error.status, error.message, on: connection)
            }
        }
        if connection.parser.hasPartialRequest, !connection.parser.isReadingHead, connection.bodyStartedAt == 0 {
            connection.bodyStartedAt = now
        }
        flush(connection)
    }

    private func handle(_ parsed: HTTPRequestParser.ParsedRequest, on connection: Connection) {
        if !parsed.keepAlive { connection.acceptsRequests = false }
        let sequence = connection.sequencer.take()
        switch responder.respond(to: parsed.request) {
        case .now(let response):
            let answer = ResponseSequencer.Answer(
                response: response, isHead: parsed.isHead, keepAlive: parsed.keepAlive, isHTTP10: parsed.isHTTP10)
            complete(connection, sequence: sequence, answer)
        case .later(let work):
            let (inbox, fd, id) = (self.inbox, connection.fd, connection.id)
            let (isHead, keepAlive, isHTTP10) = (parsed.isHead, parsed.keepAlive, parsed.isHTTP10)
            Task {
                let response = await work()
                let answer = ResponseSequencer.Answer(
                    response: response, isHead: isHead, keepAlive: keepAlive, isHTTP10: isHTTP10)
                inbox.post(.answer(fd: fd, id: id, sequence: sequence, answer))
            }
        }
    }

    /// Answers a request the server refuses itself, after any earlier answers, and closes after it.
    func answerError(_ status: Int, _ message: String, on connection: Connection) {
        connection.acceptsRequests = false
        counters.countAnswer(status: status)
        let sequence = connection.sequencer.take()
        let answer = ResponseSequencer.Answer(
            response: ErrorResponse.make(status: status, message: message), isHead: false, keepAlive: false)
        complete(connection, sequence: sequence, answer)
    }

    func complete(_ connection: Connection, sequence: Int, _ answer: ResponseSequencer.Answer) {
        connection.sequencer.complete(sequence, answer) { answer, stillOutstanding in
            guard !connection.closesAfterWrite else { return }
            // The last answer before a drain or a half-close says the connection ends with it.
            let isLast =
                stillOutstanding == 0 && (isDraining || connection.peerClosed) && !connection.hasUnparsedInput
                && !finishesDuringDrain(connection)
            let keptAlive = ResponseEncoder.encode(
                answer.response, isHead: answer.isHead, keepAlive: answer.keepAlive && !isLast,
                isHTTP10: answer.isHTTP10, dateLine: date.line, into: &connection.output)
            if !keptAlive {
                connection.closesAfterWrite = true
                connection.acceptsRequests = false
            }
        }
    }

    /// Sends pending output until done or the socket is full; then closes, lingers or waits as due.
    func flush(_ connection: Connection) {
        while connection.hasPendingOutput {
            let sent = connection.output.withUnsafeBytes { bytes in
                let pending = UnsafeRawBufferPointer(rebasing: bytes[connection.outputStart...])
                return send(connection.fd, pending.baseAddress, pending.count, Int32(MSG_NOSIGNAL))
            }
            if sent > 0 {
                connection.outputStart += sent
                connection.writeBlockedSince = 0
                connection.lastActivity = now
            } else if sent < 0 && errno == EINTR {
                continue
            } else if sent < 0 && errno == EAGAIN {
                if connection.writeBlockedSince == 0 { connection.writeBlockedSince = now }
                break
            } else {
                // EPIPE, ECONNRESET: the client is gone; what it did not read is lost with it.
                return close(connection)
            }
        }
        if !connection.hasPendingOutput {
            if !connection.output.isEmpty {
                connection.output.removeAll(keepingCapacity: connection.output.capacity <= 64 << 10)
                connection.outputStart = 0
            }
            if connection.closesAfterWrite { return beginLingering(connection) }
            if (connection.peerClosed || isDraining) && connection.sequencer.outstanding == 0 {
                // Requests already whole in the buffer are answered first. Of a partial one, a
                // drain reads on only a body; any other can never complete now (the client
                // stopped sending, or we stopped reading).
                if connection.needsParse && connection.acceptsRequests { return process(connection) }
                if !finishesDuringDrain(connection) { return close(connection) }
            }
        }
        updateInterest(connection)
    }

    /// Whether a draining loop still reads this connection: a request whose head has arrived is
    /// read to its end (under the body timeout) and answered, as nginx and Hummingbird do, since
    /// its client is owed an answer once it finishes sending. A connection with part of a head
    /// only is closed like an idle one: nothing of a request is known, and a client must be
    /// ready for a keep-alive connection to close before its next request anyway (RFC 9112 §9.3.1).
    func finishesDuringDrain(_ connection: Connection) -> Bool {
        !connection.peerClosed && connection.acceptsRequests && connection.isReadingBody
    }

    /// Shuts our side after the last answer and reads until the client closes, so unread request
    /// bytes don't turn the close into a reset that could destroy the answer (RFC 9112 §9.6).
    private func beginLingering(_ connection: Connection) {
        if connection.peerClosed || isDraining { return close(connection) }
        if connection.isLingering { return }
        shutdown(connection.fd, Int32(SHUT_WR))
        connection.isLingering = true
        connection.lingerUntil = now + timeouts.linger
        updateInterest(connection)
    }

    private func discardInput(_ connection: Connection) {
        var scratch = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        for _ in 0..<64 {
            let received = withUnsafeMutableBytes(of: &scratch) { recv(connection.fd, $0.baseAddress, $0.count, 0) }
            if received > 0 { continue }
            if received < 0 && (errno == EAGAIN || errno == EINTR) { return }
            return close(connection)
        }
    }
}
