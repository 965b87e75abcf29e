/// A parsed request head: the request without its body, and how its body is framed.
struct RequestHead {
    /// How the body is delimited (RFC 9112 §6.3).
    enum Framing: Equatable {
        case none
        case length(Int)
        case chunked
    }

    var request: HTTPRequest
    var framing: Framing
    var keepAlive: Bool
    var expectsContinue: Bool
    var isHead: Bool
    var isHTTP10: Bool

    /// The request read whole, once its body (if any) is in `request.body`.
    var parsed: HTTPRequestParser.ParsedRequest {
        .init(request: request, keepAlive: keepAlive, isHead: isHead, isHTTP10: isHTTP10)
    }

    /// What the header fields said about framing and the connection, gathered while reading them.
    private struct Fields {
        var contentLength: Int?
        var hasTransferEncoding = false
        var isChunked = false
        var hasUnknownCoding = false
        var hasCodingAfterChunked = false
        var hostCount = 0
        var wantsClose = false
        var wantsKeepAlive = false
        var expectsContinue = false
    }

    /// Parses `bytes`: a request line, header fields and the empty line that ends them.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: HTTPRequestParser.Limits)
        -> Result<RequestHead, HTTPParseError>
    {
        var index = 0
        let line: RequestLine
        switch RequestLine.parse(bytes, index: &index) {
        case .success(let parsed): line = parsed
        case .failure(let error): return .failure(error)
        }
        var fields = Fields()
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(8)
        while true {
            switch parseField(bytes, index: &index, into: &fields, limits: limits) {
            case .failure(let error): return .failure(error)
            case .success(nil):
                return finish(line, headers: headers, fields: fields, limits: limits)
            case .success(let field?):
                headers.append(field)
            }
        }
    }

    private static func finish(
        _ line: RequestLine, headers: [(name: String, value: String)], fields: Fields, limits: HTTPRequestParser.Limits
    ) -> Result<RequestHead, HTTPParseError> {
        // RFC 9112 §3.2: a 1.1 request without Host, or with more than one, is answered 400.
        if line.isHTTP11 && fields.hostCount == 0 { return .failure(.badRequest("missing Host header")) }
        if fields.hostCount > 1 { return .failure(.badRequest("more than one Host header")) }
        var framing = Framing.none
        var keepAlive = line.isHTTP11 ? !fields.wantsClose : fields.wantsKeepAlive && !fields.wantsClose
        if fields.hasTransferEncoding {
            // RFC 9112 §6.1: Content-Length beside Transfer-Encoding is a smuggling attempt; refuse it.
            if fields.contentLength != nil {
                return .failure(.badRequest("both Content-Length and Transfer-Encoding"))
            }
            if fields.hasUnknownCoding { return .failure(.unknownTransferCoding) }
            // RFC 9112 §6.3: a request whose final coding is not chunked has no knowable length.
            guard fields.isChunked, !fields.hasCodingAfterChunked else {
                return .failure(.badRequest("chunked must be the final transfer coding"))
            }
            framing = .chunked
            // RFC 9112 §6.1: Transfer-Encoding in a 1.0 request: framing is faulty, close after.
            if !line.isHTTP11 { keepAlive = false }
        } else if let length = fields.contentLength {
            guard length <= limits.maxBodyBytes else { return .failure(.bodyTooLarge) }
            if length > 0 { framing = .length(length) }
        }
        let request = HTTPRequest(method: line.method, path: line.path, query: line.query, headers: headers)
        return .success(
            RequestHead(
                request: request, framing: framing, keepAlive: keepAlive,
                expectsContinue: fields.expectsContinue && line.isHTTP11 && framing != .none,
                isHead: line.method == "HEAD", isHTTP10: !line.isHTTP11))
    }

    /// One field line at `index`; nil for the empty line that ends the head.
    private static func parseField(
        _ bytes: UnsafeBufferPointer<UInt8>, index: inout Int, into fields: inout Fields,
        limits: HTTPRequestParser.Limits
    ) -> Result<(name: String, value: String)?, HTTPParseError> {
        let count = bytes.count
        guard index < count else { return .success(nil) }
        if bytes[index] == UInt8(ascii: "\n") { return .success(nil) }
        if bytes[index] == UInt8(ascii: "\r"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") {
            return .success(nil)
        }
        let nameStart = index
        while index < count, ByteClass.isToken(bytes[index]) { index += 1 }
        // RFC 9112 §5.1: no whitespace between name and colon; §5.2: obs-fold may be rejected with 400.
        guard index > nameStart, index < count, bytes[index] == UInt8(ascii: ":") else {
            return .failure(.badRequest("malformed header field"))
        }
        let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<index])
        index += 1
        while index < count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let valueStart = index
        while index < count, bytes[index] != UInt8(ascii: "\n") {
            let byte = bytes[index]
            if !ByteClass.isFieldValue(byte) {
                guard byte == UInt8(ascii: "\r"), index + 1 < count, bytes[index + 1] == UInt8(ascii: "\n") else {
                    return .failure(.badRequest("invalid byte in header field"))
                }
            }
            index += 1
        }
        var valueEnd = index
        index += 1
        if valueEnd > valueStart, bytes[valueEnd - 1] == UInt8(ascii: "\r") { valueEnd -= 1 }
        while valueEnd > valueStart, bytes[valueEnd - 1] == 0x20 || bytes[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        let value = UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])
        if let error = note(name: name, value: value, in: &fields, limits: limits) { return .failure(error) }
        return .success((String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self)))
    }

    /// Records what a field means for framing and the connection; an error when it is unacceptable.
    private static func note(
        name: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>, in fields: inout Fields,
        limits: HTTPRequestParser.Limits
    ) -> HTTPParseError? {
        switch name.count {
        case 4 where ByteClass.equalsLowercased(name, "host"):
            fields.hostCount += 1
        case 6 where ByteClass.equalsLowercased(name, "expect"):
            if ByteClass.equalsLowercased(value, "100-continue") { fields.expectsContinue = true }
        case 10 where ByteClass.equalsLowercased(name, "connection"):
            for option in ListElements(value) {
                if ByteClass.equalsLowercased(option, "close") { fields.wantsClose = true }
                if ByteClass.equalsLowercased(option, "keep-alive") { fields.wantsKeepAlive = true }
            }
        case 14 where ByteClass.equalsLowercased(name, "content-length"):
            return noteContentLength(value, in: &fields)
        case 17 where ByteClass.equalsLowercased(name, "transfer-encoding"):
            fields.hasTransferEncoding = true
            for coding in ListElements(value) {
                if fields.isChunked { fields.hasCodingAfterChunked = true }
                if ByteClass.equalsLowercased(coding, "chunked") {
                    fields.isChunked = true
                } else {
                    fields.hasUnknownCoding = true
                }
            }
        default:
            break
        }
        return nil
    }

    /// RFC 9110 §8.6: a list of identical lengths counts as one; differing or non-digit ones are 400.
    private static func noteContentLength(_ value: UnsafeBufferPointer<UInt8>, in fields: inout Fields)
        -> HTTPParseError?
    {
        var sawElement = false
        for element in ListElements(value) {
            sawElement = true
            var length = 0
            for byte in element {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                    return .badRequest("invalid Content-Length")
                }
                // Past 2^53 no body can be accepted anyway: keep counting without overflow.
                length = min(length * 10 + Int(byte - UInt8(ascii: "0")), 1 << 53)
            }
            if let known = fields.contentLength, known != length {
                return .badRequest("conflicting Content-Length values")
            }
            fields.contentLength = length
        }
        return sawElement ? nil : .badRequest("invalid Content-Length")
    }
}

/// The non-empty elements of a comma-separated field value, without surrounding whitespace (RFC 9110 §5.6.1).
struct ListElements: Sequence, IteratorProtocol {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> UnsafeBufferPointer<UInt8>? {
        while index < bytes.count {
            var from = index
            while index < bytes.count, bytes[index] != UInt8(ascii: ",") { index += 1 }
            var to = index
            index += 1
            while from < to, bytes[from] == 0x20 || bytes[from] == 0x09 { from += 1 }
            while to > from, bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09 { to -= 1 }
            if to > from { return UnsafeBufferPointer(rebasing: bytes[from..<to]) }
        }
        return nil
    }
}
