import Foundation
import Glibc

/// One HTTP/1.1 response as read off the socket.
struct HTTPAnswer {
    var status: Int
    var headers: [(name: String, value: String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:] }
}

/// Why the client could not talk to the server.
struct ClientError: Error, CustomStringConvertible {
    var description: String
}

/// A blocking TCP connection to 127.0.0.1 that writes raw bytes and reads HTTP/1.1 responses:
/// the tests control every byte, malformed ones included.
// @unchecked: a test uses a connection from one thread at a time (the slow-client test hands it to
// its writer thread and does not touch it meanwhile).
final class RawConnection: @unchecked Sendable {
    /// -1 once closed. A class whose initializer throws after its properties are set is still
    /// deinitialized, so a failed connect must not leave the number for `deinit` to close again:
    /// by then another thread's socket (or a database connection) may have it.
    private(set) var descriptor: Int32
    private var buffer: [UInt8] = []

    /// Connects, with `timeout` on every later read.
    init(port: Int, timeout: Double = 10) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ClientError(description: "socket: errno \(errno)") }
        var seconds = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1e6))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &seconds, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            descriptor = -1
            throw ClientError(description: "connect to port \(port): errno \(code)")
        }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if written < 0 {
                if errno == EINTR { continue }
                throw ClientError(description: "send: errno \(errno)")
            }
            rest = rest.dropFirst(written)
        }
    }

    /// Half-closes: the server sees the end of the request stream but can still answer.
    func finishSending() { shutdown(descriptor, Int32(SHUT_WR)) }

    /// True when the server has closed the connection (reads the end of stream, or a reset).
    func isClosedByServer() -> Bool {
        var byte: UInt8 = 0
        while true {
            let count = recv(descriptor, &byte, 1, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
            buffer.append(byte)
        }
    }

    /// The next response; 1xx interim responses are skipped.
    func readResponse(toHead: Bool = false) throws -> HTTPAnswer {
        while true {
            let head = try readHead()
            if (100..<200).contains(head.status) { continue }
            if toHead { return head }
            var answer = head
            answer.body = try readBody(of: head)
            return answer
        }
    }

    /// The next response head as is, a 1xx interim one included (`Expect: 100-continue`).
    func readAnyHead() throws -> HTTPAnswer { try readHead() }

    private func readHead() throws -> HTTPAnswer {
        let terminator: [UInt8] = [13, 10, 13, 10]
        while true {
            if let end = buffer.firstRange(of: terminator) {
                let text = String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<end.upperBound)
                return try parseHead(text)
            }
            try fill()
        }
    }

    private func parseHead(_ text: String) throws -> HTTPAnswer {
        var lines = text.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw ClientError(description: "bad status line in \(text)")
        }
        let headers = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return HTTPAnswer(status: status, headers: headers, body: [])
    }

    private func readBody(of head: HTTPAnswer) throws -> [UInt8] {
        if head.header("Transfer-Encoding")?.lowercased().contains("chunked") == true { return try readChunks() }
        let length = Int(head.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length { try fill() }
        defer { buffer.removeFirst(length) }
        return Array(buffer[..<length])
    }

    private func readChunks() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let line = try readLine()
            let size = Int(line.split(separator: ";")[0], radix: 16) ?? 0
            if size == 0 {
                while try !readLine().isEmpty {}
                return body
            }
            while buffer.count < size + 2 { try fill() }
            body += buffer[..<size]
            buffer.removeFirst(size + 2)
        }
    }

    private func readLine() throws -> String {
        while true {
            if let end = buffer.firstRange(of: [13, 10]) {
                defer { buffer.removeSubrange(..<end.upperBound) }
                return String(decoding: buffer[..<end.lowerBound], as: UTF8.self)
            }
            try fill()
        }
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            buffer += chunk[..<count]
            return
        }
        if count < 0, errno == EINTR { return }
        throw ClientError(description: count == 0 ? "the server closed the connection" : "recv: errno \(errno)")
    }
}
