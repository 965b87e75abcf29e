/// Writes responses as HTTP/1.1 bytes, adding the framing fields a responder never writes itself.
enum ResponseEncoder {
    /// Appends `response` to `output`: status line, the responder's fields, `Content-Length`,
    /// `Date`, `Connection: close` when the connection ends (`keep-alive` when a 1.0 one stays,
    /// RFC 9112 §9.3), then the body unless the request was HEAD (RFC 9110 §9.3.2: same fields,
    /// no content). Framing fields the responder set anyway are dropped, since the server owns
    /// framing; its `Connection: close` is honoured. A 204 has neither length nor body (§8.6).
    /// - Returns: whether the connection stays open after this answer.
    @discardableResult
    static func encode(
        _ response: HTTPResponse, isHead: Bool, keepAlive: Bool, isHTTP10: Bool = false, dateLine: [UInt8],
        into output: inout [UInt8]
    ) -> Bool {
        var keepAlive = keepAlive
        output.reserveCapacity(output.count + 128 + response.body.count)
        appendStatusLine(response.status, into: &output)
        for (name, value) in response.headers {
            if let framing = FramingField(name) {
                if framing == .connection, value.utf8.count == 5, value.lowercased() == "close" { keepAlive = false }
                continue
            }
            output.append(contentsOf: name.utf8)
            output.append(UInt8(ascii: ":"))
            output.append(UInt8(ascii: " "))
            output.append(contentsOf: value.utf8)
            output.append(UInt8(ascii: "\r"))
            output.append(UInt8(ascii: "\n"))
        }
        let hasContent = response.status != 204
        if hasContent {
            appendStatic("Content-Length: ", into: &output)
            appendDecimal(response.body.count, into: &output)
            appendStatic("\r\n", into: &output)
        }
        output.append(contentsOf: dateLine)
        if !keepAlive {
            appendStatic("Connection: close\r\n\r\n", into: &output)
        } else if isHTTP10 {
            appendStatic("Connection: keep-alive\r\n\r\n", into: &output)
        } else {
            appendStatic("\r\n", into: &output)
        }
        if hasContent && !isHead { output.append(contentsOf: response.body) }
        return keepAlive
    }

    /// The fields whose values the server decides.
    private enum FramingField {
        case connection, other

        init?(_ name: String) {
            let count = name.utf8.count
            // Cheap length test first: most fields are none of these.
            guard count == 4 || count == 10 || count == 14 || count == 17 else { return nil }
            switch name.lowercased() {
            case "connection": self = .connection
            case "date", "content-length", "transfer-encoding": self = .other
            default: return nil
            }
        }
    }

    /// The interim answer to `Expect: 100-continue` (RFC 9110 §15.2.1).
    static func appendContinue(into output: inout [UInt8]) {
        appendStatic("HTTP/1.1 100 Continue\r\n\r\n", into: &output)
    }

    static func appendStatusLine(_ status: Int, into output: inout [UInt8]) {
        appendStatic("HTTP/1.1 ", into: &output)
        appendDecimal(status, into: &output)
        output.append(UInt8(ascii: " "))
        appendStatic(reasonPhrase(status), into: &output)
        appendStatic("\r\n", into: &output)
    }

    @inline(__always)
    static func appendStatic(_ text: StaticString, into output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func appendDecimal(_ value: Int, into output: inout [UInt8]) {
        guard value >= 10 else {
            output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: max(value, 0)))
            return
        }
        appendDecimal(value / 10, into: &output)
        output.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    /// RFC 9110 §15: the reason phrase is informative only; unknown codes get none.
    static func reasonPhrase(_ status: Int) -> StaticString {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 201: "Created"
        case 202: "Accepted"
        case 204: "No Content"
        case 301: "Moved Permanently"
        case 302: "Found"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 406: "Not Acceptable"
        case 408: "Request Timeout"
        case 409: "Conflict"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 422: "Unprocessable Content"
        case 429: "Too Many Requests"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        case 504: "Gateway Timeout"
        case 505: "HTTP Version Not Supported"
        default: "Unknown"
        }
    }
}
