import Glibc

/// Why the server could not start: a socket call failed (bind to a port in use, a bad address).
package struct HTTPServerError: Error, CustomStringConvertible {
    /// The failed step and the system's reason, e.g. `bind 127.0.0.1:80: Permission denied`.
    package let description: String

    static func system(_ step: String) -> Self {
        let reason = String(cString: strerror(errno))
        return Self(description: "\(step): \(reason)")
    }

    static func invalidAddress(_ host: String) -> Self {
        Self(description: "not an IPv4 or IPv6 address: \(host)")
    }
}
