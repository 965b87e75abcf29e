import Glibc

/// Standard input as lines of raw bytes. `readLine()` would turn invalid UTF-8 into U+FFFD before
/// the JSON reader sees it, and a repaired line would run a command the client never sent.
struct StandardInput {
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    /// The next line without its `\n` (nor a `\r` before it), `nil` at end of input. Blocks.
    mutating func nextLine() -> [UInt8]? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[start..<newline])
                start = newline + 1
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return line
            }
            if ended {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return Array(buffer[start...])
            }
            fill()
        }
    }

    /// Reads what stdin has, dropping the lines already answered.
    private mutating func fill() {
        buffer.removeFirst(start)
        start = 0
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[..<count])
        } else if count == 0 || errno != EINTR {
            ended = true
        }
    }
}
