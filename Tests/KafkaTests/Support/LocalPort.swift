import Glibc
import Testing

/// A 127.0.0.1 port with no Kafka broker behind it: either nothing listens there (connections
/// are refused), or a socket listens that never accepts, reads or answers (connections complete
/// in the kernel's backlog and then hang). Held until `close()`, so no other test takes it.
struct LocalPort {
    let number: Int
    private let socket: Int32

    init(isListening: Bool) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let socket = socket
        let isBound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0
            }
        }
        try #require(isBound)
        // A bound socket that does not listen refuses connections, and keeps the port ours.
        if isListening { try #require(listen(socket, 16) == 0) }
        number = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(socket) }
}
