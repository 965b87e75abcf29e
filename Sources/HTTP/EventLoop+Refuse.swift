import Glibc

// A connection the loop will not take still learns why, instead of seeing a bare close.
extension EventLoop {
    /// Answers a connection accepted over `maxConnections` (or as the drain began) with a 503 and
    /// `Retry-After`, and closes it. Never waits on the client: one non-blocking send, which a
    /// fresh socket's empty send buffer takes whole; when it cannot, the close is the answer.
    func refuse(_ fd: Int32) {
        counters.refused.wrappingAdd(1, ordering: .relaxed)
        // Input unread at close makes the kernel send a reset, which can destroy the answer at
        // the client (RFC 9112 §9.6): take what has arrived already, without waiting for more.
        withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 1) { scratch in
            for _ in 0..<16 {
                guard recv(fd, scratch.baseAddress, scratch.count, 0) == scratch.count else { break }
            }
        }
        var output: [UInt8] = []
        ResponseEncoder.encode(
            ErrorResponse.overCapacity, isHead: false, keepAlive: false, dateLine: date.line, into: &output)
        let sent = output.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        if sent == output.count { counters.countAnswer(status: 503) }
        Glibc.close(fd)
    }
}
