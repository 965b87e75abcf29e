// RFC 9112 §7.1: chunked transfer coding, with extensions (ignored) and trailer fields (discarded).
extension HTTPRequestParser {
    /// The longest chunk-size line read (size and extensions): beyond it the request is refused.
    static let maxChunkLineBytes = 4096

    /// Advances through a chunk-size line, a chunk's closing CRLF, or a trailer line.
    /// Answers an event, or nil when the state moved on and `next()` should continue.
    mutating func nextChunkedStep() -> Event? {
        guard let lineEnd = lineEnd() else {
            if case .trailers(let bytes) = state, bytes + bufferedCount > limits.maxHeaderBytes {
                return fail(.headTooLarge)
            }
            if state == .chunkSize, bufferedCount > Self.maxChunkLineBytes {
                return fail(.badRequest("chunk size line is too long"))
            }
            return .needMore
        }
        switch state {
        case .chunkSize:
            return chunkSizeLine(endingAt: lineEnd)
        case .chunkEnd:
            let isEmpty = consumeLine(endingAt: lineEnd) { $0.isEmpty }
            guard isEmpty else { return fail(.badRequest("chunk data longer than its size")) }
            state = .chunkSize
            return nil
        case .trailers(let bytes):
            let (isEmpty, isValid, lineBytes) = consumeLine(endingAt: lineEnd) { line in
                (line.isEmpty, line.allSatisfy(ByteClass.isFieldValue), line.count + 2)
            }
            if isEmpty { return finishRequest() }
            guard isValid else { return fail(.badRequest("invalid byte in trailer field")) }
            guard bytes + lineBytes <= limits.maxHeaderBytes else { return fail(.headTooLarge) }
            state = .trailers(bytes: bytes + lineBytes)
            return nil
        default:
            return nil
        }
    }

    private mutating func chunkSizeLine(endingAt lineEnd: Int) -> Event? {
        let maxBody = limits.maxBodyBytes
        let size = consumeLine(endingAt: lineEnd) { line -> Int? in
            guard line.count <= Self.maxChunkLineBytes else { return nil }
            var index = 0
            var size = 0
            while index < line.count, let digit = ByteClass.hexValue(line[index]) {
                // Past the body limit the exact size no longer matters; stop before it can overflow.
                size = min(size * 16 + digit, maxBody + 1)
                index += 1
            }
            guard index > 0 else { return nil }
            var rest = index
            while rest < line.count, line[rest] == 0x20 || line[rest] == 0x09 { rest += 1 }
            guard rest == line.count || line[rest] == UInt8(ascii: ";") else { return nil }
            guard line[rest...].allSatisfy(ByteClass.isFieldValue) else { return nil }
            return size
        }
        guard let size else { return fail(.badRequest("malformed chunk size")) }
        if size == 0 {
            state = .trailers(bytes: 0)
            return nil
        }
        guard bodyCount + size <= maxBody else { return fail(.bodyTooLarge) }
        state = .chunkData(remaining: size)
        return nil
    }
}
