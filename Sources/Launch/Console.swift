import Glibc

/// Whole lines to stdout and stderr with `write(2)`: unbuffered, so every line reaches a pipe as
/// soon as it is written (a test waiting for `listening on` sees it at once), and free of C's
/// shared `FILE` globals.
package enum Console {
    /// Writes `line` and a newline to stdout.
    package static func output(_ line: String) { write(line + "\n", to: STDOUT_FILENO) }
    /// Writes `line` and a newline to stderr.
    package static func error(_ line: String) { write(line + "\n", to: STDERR_FILENO) }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
