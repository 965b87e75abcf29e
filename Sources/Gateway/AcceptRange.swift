/// One media range of an `Accept` header (RFC 9110 §12.5.1): which of the types the gateway
/// knows it names, and its weight. Read straight from the header's bytes, with no allocation:
/// negotiation runs on every request.
struct AcceptRange: Equatable {
    enum Kind: Equatable {
        case graphQLResponse, json, anyApplication, any, html, other
    }

    var kind: Kind
    var q: Double

    /// Calls `visit` with each range of `header`, in order; empty elements are skipped and a
    /// malformed q-value counts as 1.
    static func forEach(in header: String, _ visit: (AcceptRange) -> Void) {
        var header = header
        header.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
                if let range = parse(bytes, start, end) { visit(range) }
                start = end + 1
            }
        }
    }

    /// The range in `bytes[start..<end]`: `type/subtype *( OWS ";" OWS parameter )`.
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> AcceptRange? {
        var semicolon = start
        while semicolon < end, bytes[semicolon] != UInt8(ascii: ";") { semicolon += 1 }
        let (from, to) = trimmed(bytes, start, semicolon)
        guard from < to else { return nil }
        var range = AcceptRange(kind: kind(bytes, from, to), q: 1)
        var parameter = semicolon + 1
        while parameter < end {
            var next = parameter
            while next < end, bytes[next] != UInt8(ascii: ";") { next += 1 }
            let (name, stop) = trimmed(bytes, parameter, next)
            if stop - name >= 2, bytes[name] | 0x20 == UInt8(ascii: "q"), bytes[name + 1] == UInt8(ascii: "=") {
                range.q = qValue(bytes, name + 2, stop) ?? 1
            }
            parameter = next + 1
        }
        return range
    }

    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Kind {
        if equalsIgnoringCase(bytes, from, to, "application/graphql-response+json") { return .graphQLResponse }
        if equalsIgnoringCase(bytes, from, to, "application/json") { return .json }
        if equalsIgnoringCase(bytes, from, to, "application/*") { return .anyApplication }
        if equalsIgnoringCase(bytes, from, to, "*/*") { return .any }
        if equalsIgnoringCase(bytes, from, to, "text/html") { return .html }
        return .other
    }

    /// `qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )` (RFC 9110 §12.4.2); nil otherwise.
    private static func qValue(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Double? {
        guard from < to, bytes[from] == UInt8(ascii: "0") || bytes[from] == UInt8(ascii: "1") else { return nil }
        var value = Double(bytes[from] - UInt8(ascii: "0"))
        guard from + 1 < to else { return value }
        guard bytes[from + 1] == UInt8(ascii: "."), to - from <= 5 else { return nil }
        var scale = 0.1
        for index in (from + 2)..<to {
            guard bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") else { return nil }
            value += Double(bytes[index] - UInt8(ascii: "0")) * scale
            scale /= 10
        }
        return value <= 1 ? value : nil
    }

    /// `bytes[from..<to]` without leading and trailing spaces and tabs (RFC 9110 §5.6.3 OWS).
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> (Int, Int) {
        var from = from
        var to = to
        while from < to, bytes[from] == UInt8(ascii: " ") || bytes[from] == UInt8(ascii: "\t") { from += 1 }
        while to > from, bytes[to - 1] == UInt8(ascii: " ") || bytes[to - 1] == UInt8(ascii: "\t") { to -= 1 }
        return (from, to)
    }

    /// Whether `bytes[from..<to]` is `lowercase` in any ASCII case.
    static func equalsIgnoringCase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ lowercase: StaticString
    ) -> Bool {
        guard to - from == lowercase.utf8CodeUnitCount else { return false }
        let literal = lowercase.utf8Start
        for offset in 0..<(to - from) {
            let byte = bytes[from + offset]
            let expected = literal[offset]
            if byte == expected { continue }
            guard expected >= UInt8(ascii: "a"), expected <= UInt8(ascii: "z"), byte | 0x20 == expected else {
                return false
            }
        }
        return true
    }
}
