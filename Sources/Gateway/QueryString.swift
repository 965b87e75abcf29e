/// Decodes `application/x-www-form-urlencoded` query strings (WHATWG URL §5.1): pairs split at
/// `&` and `=`, `+` as a space, `%XX` as a byte; the bytes are read as UTF-8.
///
/// A name or value whose bytes are not UTF-8 decodes to nil instead of being repaired with U+FFFD
/// as WHATWG does: a query or variable the client did not send must not be run.
enum QueryString {
    static func parse(_ query: Substring) -> [(name: String?, value: String?)] {
        var pairs: [(name: String?, value: String?)] = []
        for piece in query.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let equals = piece.firstIndex(of: UInt8(ascii: "="))
            let name = equals.map { piece[piece.startIndex..<$0] } ?? piece[...]
            let value = equals.map { piece[piece.index(after: $0)...] } ?? piece[piece.endIndex...]
            pairs.append((decode(name), decode(value)))
        }
        return pairs
    }

    /// The text of percent-encoded `bytes`, nil when the decoded bytes are not UTF-8.
    static func decode(_ bytes: some Collection<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): out.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                // A `%` not followed by two hex digits stays as it is (WHATWG URL "percent-decode").
                guard let high = iterator.next() else {
                    out.append(byte)
                    break
                }
                guard let low = iterator.next() else {
                    out.append(contentsOf: [byte, high])
                    break
                }
                if let h = hexValue(high), let l = hexValue(low) {
                    out.append(h << 4 | l)
                } else {
                    out.append(contentsOf: [byte, high, low])
                }
            default: out.append(byte)
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
