import Glibc

/// A blocking TCP client for live tests: sends raw bytes, reads raw responses.
final class TestClient {
    /// A response as read off the wire.
    struct Response {
        var status: Int
        var headers: [(name: String, value: String)]
        var body: [UInt8]
        var bodyText: String { String(decoding: body, as: UTF8.self) }

        func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// -1 once closed: a class whose initializer throws after its properties are set is still
    /// deinitialized, and a second close could hit a descriptor another test has been given since.
    private(set) var fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, ipv6: Bool = false, receiveTimeout seconds: Int = 5) throws {
        fd = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket") }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = ipv6 ? Self.connect6(fd, port: port) : Self.connect4(fd, port: port)
        guard result == 0 else {
            let code = errno
            close(fd)
            fd = -1
            throw Failure(description: "connect: \(code)")
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    private static func connect4(_ fd: Int32, port: Int) -> Int32 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
    }

    private static func connect6(_ fd: Int32, port: Int) -> Int32 {
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = UInt16(port).bigEndian
        inet_pton(AF_INET6, "::1", &address.sin6_addr)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
            }
        }
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw Failure(description: "send failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Makes the coming close a reset (SO_LINGER 0), as a client that crashes or is killed would.
    func resetOnClose() {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
    }

    /// Shuts the sending side (a half-close): the server should still answer.
    func shutdownWrite() { shutdown(fd, Int32(SHUT_WR)) }

    /// Reads one response; `isHead` when it answers HEAD (no body whatever Content-Length says).
    func readResponse(isHead: Bool = false) throws -> Response {
        let headEnd = try fill { self.find([13, 10, 13, 10]) }
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line: \(headText)")
        }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        var response = Response(status: status, headers: headers, body: [])
        if status == 100 { return response }
        let length = isHead ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
        _ = try fill { self.buffer.count >= length ? length : nil }
        response.body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return response
    }

    /// Whether the server has closed: the next read answers end of stream (or a reset).
    func isClosedByServer() -> Bool {
        var byte: UInt8 = 0
        let received = recv(fd, &byte, 1, 0)
        return received == 0 || (received < 0 && errno == ECONNRESET)
    }

    /// Everything until the server closes.
    func readToEnd() -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let received = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if received <= 0 { break }
            buffer.append(contentsOf: chunk[..<received])
        }
        defer { buffer = [] }
        return buffer
    }

    private func find(_ pattern: [UInt8]) -> Int? {
        guard buffer.count >= pattern.count else { return nil }
        for start in 0...(buffer.count - pattern.count)
        where buffer[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start
        }
        return nil
    }

    private func fill<T>(until found: () -> T?) throws -> T {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let value = found() { return value }
            let received = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard received > 0 else {
                throw Failure(description: "connection ended or timed out (\(received), errno \(errno))")
            }
            buffer.append(contentsOf: chunk[..<received])
        }
    }
}
