import Glibc

/// The `Date` field line, rebuilt at most once a second (RFC 9110 §6.6.1, IMF-fixdate).
struct HTTPDate {
    private(set) var line: [UInt8] = []
    private var second = -1

    /// Brings the line up to `now` (seconds since the epoch).
    mutating func update(now: Int) {
        guard now != second else { return }
        second = now
        var time = time_t(now)
        var parts = tm()
        gmtime_r(&time, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let text =
            "Date: \(days[Int(parts.tm_wday) % 7]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon) % 12]) "
            + "\(parts.tm_year + 1900) \(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT\r\n"
        line = Array(text.utf8)
    }
}
