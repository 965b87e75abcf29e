import GraphQL

/// The custom scalars of Schema/ as both sides of the differential test define them: the
/// reference (`tools/reference.py`, `DATE_TIME`) accepts and words DateTime exactly so.
enum DifferentialScalars {
    /// The gateway's message for a refused DateTime literal (GatewayResolvers.dateTimeRule).
    static let dateTimeRule =
        #"DateTime must be an RFC 3339 date-time string with an offset, such as "2020-01-01T00:00:00Z"."#

    static let all: [String: ScalarCoercion] = [
        "DateTime": .string(named: "DateTime", literalMessage: dateTimeRule, isValid: isDateTime)
    ]

    /// What LOW's `Timestamp(rfc3339:)` accepts, which this target cannot import:
    /// `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`, `t` and `z` too, real days of the month,
    /// hours < 24, minutes < 60, seconds < 61, offsets up to 23:59.
    static func isDateTime(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func number(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var value = 0
            for byte in b[at..<(at + count)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard b.count >= 20, let year = number(0, 4), b[4] == UInt8(ascii: "-"), let month = number(5, 2),
            b[7] == UInt8(ascii: "-"), let day = number(8, 2), b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
            let hour = number(11, 2), b[13] == UInt8(ascii: ":"), let minute = number(14, 2),
            b[16] == UInt8(ascii: ":"), let second = number(17, 2), (1...12).contains(month), day >= 1,
            day <= daysIn(month: month, year: year), hour < 24, minute < 60, second < 61
        else { return false }
        var i = 19
        if b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while number(i, 1) != nil { i += 1 }
            guard i > start, i < b.count else { return false }
        }
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"): return i + 1 == b.count
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard b.count == i + 6, let hours = number(i + 1, 2), b[i + 3] == UInt8(ascii: ":"),
                let minutes = number(i + 4, 2)
            else { return false }
            return hours < 24 && minutes < 60
        default: return false
        }
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
