/// The first line of a request: method, target (split at `?`) and version (RFC 9112 §3).
struct RequestLine {
    var method: String
    var path: Substring
    var query: Substring?
    var isHTTP11: Bool

    /// Parses the request line at the start of `bytes`, leaving `index` after its LF.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, index: inout Int) -> Result<RequestLine, HTTPParseError> {
        let count = bytes.count
        let malformed = HTTPParseError.badRequest("malformed request line")
        while index < count, ByteClass.isToken(bytes[index]) { index += 1 }
        guard index > 0, index < count, bytes[index] == 0x20 else { return .failure(malformed) }
        let method = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<index]), as: UTF8.self)
        index += 1
        let targetStart = index
        while index < count, ByteClass.isTarget(bytes[index]) { index += 1 }
        guard index > targetStart, index < count, bytes[index] == 0x20 else { return .failure(malformed) }
        let targetEnd = index
        index += 1
        // HTTP-version = "HTTP/" DIGIT "." DIGIT, then CRLF (RFC 9112 §2.3).
        guard index + 8 <= count, matches(bytes, at: index, "HTTP/"),
            isDigit(bytes[index + 5]), bytes[index + 6] == UInt8(ascii: "."), isDigit(bytes[index + 7])
        else { return .failure(malformed) }
        let major = bytes[index + 5]
        let minor = bytes[index + 7]
        index += 8
        if index < count, bytes[index] == UInt8(ascii: "\r") { index += 1 }
        guard index < count, bytes[index] == UInt8(ascii: "\n") else { return .failure(malformed) }
        index += 1
        guard major == UInt8(ascii: "1"), minor == UInt8(ascii: "0") || minor == UInt8(ascii: "1") else {
            return .failure(.unsupportedVersion)
        }
        let target = String(decoding: UnsafeBufferPointer(rebasing: bytes[targetStart..<targetEnd]), as: UTF8.self)
        var path = target[...]
        var query: Substring?
        if let mark = target.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = target[..<mark]
            query = target[target.utf8.index(after: mark)...]
        }
        return .success(RequestLine(method: method, path: path, query: query, isHTTP11: minor == UInt8(ascii: "1")))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ text: StaticString) -> Bool {
        for offset in 0..<text.utf8CodeUnitCount where bytes[index + offset] != text.utf8Start[offset] {
            return false
        }
        return true
    }
}
