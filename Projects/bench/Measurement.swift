import LOW

/// One result line: `{"name": ..., "value": ..., "unit": ..., ...details}`.
struct Measurement {
    var name: String
    var value: Double
    var unit: String
    var details: Fields = Fields()

    var line: String {
        var fields: Fields = ["name": .string(name), "value": .double(Self.rounded(value)), "unit": .string(unit)]
        for entry in details { fields[entry.key] = entry.value }
        return JSONWriter.string(.object(fields))
    }

    /// Three decimals are more than a benchmark's noise allows.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Wall-clock time of `body`, in seconds, on the monotonic clock.
func seconds(_ body: () async throws -> Void) async rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try await body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}
