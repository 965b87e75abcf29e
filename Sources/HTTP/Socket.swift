import CEpoll
import Glibc

/// The socket calls the server makes, wrapped so errors become `HTTPServerError`.
enum Socket {
    /// `count` non-blocking listening sockets on one `host:port`, one per loop (SO_REUSEPORT: the
    /// kernel spreads new connections over them).
    ///
    /// A probe binds first without SO_REUSEPORT, so a port another process already listens on is
    /// refused ("Address already in use") instead of silently shared, and port 0 picks a port
    /// nobody holds.
    static func listeners(host: String, port: Int, count: Int) throws(HTTPServerError) -> (fds: [Int32], port: Int) {
        let address = host == "localhost" ? "127.0.0.1" : host
        guard (0...65535).contains(port) else { throw HTTPServerError(description: "port out of range: \(port)") }
        let probe = try open(address, port: port, sharesPort: false, listens: false)
        let chosen: Int
        do throws(HTTPServerError) {
            chosen = try localPort(probe)
        } catch {
            close(probe)
            throw error
        }
        close(probe)
        var fds: [Int32] = []
        do throws(HTTPServerError) {
            for _ in 0..<count { fds.append(try open(address, port: chosen, sharesPort: true, listens: true)) }
        } catch {
            for fd in fds { close(fd) }
            throw error
        }
        return (fds, chosen)
    }

    private static func open(_ address: String, port: Int, sharesPort: Bool, listens: Bool) throws(HTTPServerError)
        -> Int32
    {
        let isIPv6 = address.utf8.contains(UInt8(ascii: ":"))
        let fd = socket(
            isIPv6 ? AF_INET6 : AF_INET,
            Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .system("socket") }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if sharesPort { setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, socklen_t(MemoryLayout<Int32>.size)) }
        do throws(HTTPServerError) {
            try bind(fd, address: address, port: port, isIPv6: isIPv6)
            if listens { guard Glibc.listen(fd, 1024) == 0 else { throw .system("listen") } }
            return fd
        } catch {
            close(fd)
            throw error
        }
    }

    private static func bind(_ fd: Int32, address: String, port: Int, isIPv6: Bool) throws(HTTPServerError) {
        let result: Int32
        if isIPv6 {
            var socketAddress = sockaddr_in6()
            socketAddress.sin6_family = sa_family_t(AF_INET6)
            socketAddress.sin6_port = UInt16(truncatingIfNeeded: port).bigEndian
            guard inet_pton(AF_INET6, address, &socketAddress.sin6_addr) == 1 else { throw .invalidAddress(address) }
            result = bind(fd, to: &socketAddress)
        } else {
            var socketAddress = sockaddr_in()
            socketAddress.sin_family = sa_family_t(AF_INET)
            socketAddress.sin_port = UInt16(truncatingIfNeeded: port).bigEndian
            guard inet_pton(AF_INET, address, &socketAddress.sin_addr) == 1 else { throw .invalidAddress(address) }
            result = bind(fd, to: &socketAddress)
        }
        guard result == 0 else { throw .system("bind \(address):\(port)") }
    }

    /// `bind(2)` to a `sockaddr_in` or `sockaddr_in6`.
    private static func bind<Address>(_ fd: Int32, to socketAddress: inout Address) -> Int32 {
        withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.bind(fd, $0, socklen_t(MemoryLayout<Address>.size))
            }
        }
    }

    private static func localPort(_ fd: Int32) throws(HTTPServerError) -> Int {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard result == 0 else { throw .system("getsockname") }
        // sin_port and sin6_port sit at the same offset, right after the family.
        let port = withUnsafeBytes(of: &storage) { $0.load(fromByteOffset: 2, as: UInt16.self) }
        return Int(UInt16(bigEndian: port))
    }

    /// Monotonic time in nanoseconds, coarse (a few ms): enough for timeouts, cheap per loop turn.
    static func monotonicNanoseconds() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    static func wallSeconds() -> Int {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &spec)
        return Int(spec.tv_sec)
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
