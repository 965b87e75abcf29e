import Glibc

/// Where the gateway writes what a client must not see: the detail behind an `INTERNAL` answer.
/// One line per call on standard error (written with `write(2)`, which needs no shared `FILE`).
enum GatewayLog {
    static func error(_ message: String) {
        var line = Array("gateway: ".utf8)
        line.append(contentsOf: message.utf8)
        line.append(UInt8(ascii: "\n"))
        line.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = write(2, base + offset, bytes.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
