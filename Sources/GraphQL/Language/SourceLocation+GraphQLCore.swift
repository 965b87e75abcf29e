// graphql-core 3.2 computes an error's line and column as `body[:position].splitlines()` does,
// which differs from the specification in two ways: a position right after a line break is
// reported at the end of the previous line, and splitlines() also breaks at \v, \f, \x1c-\x1e,
// U+0085, U+2028 and U+2029. Differential tests against graphql-core need its numbers.

extension SourceLocation {
    /// The line and column graphql-core 3.2.x reports (`GraphQLError.locations`) for byte `offset`
    /// of UTF-8 `source`; use `init(of:in:)` for the specification's numbers.
    package static func graphQLCore32(of offset: Int, in source: some Collection<UInt8>) -> SourceLocation {
        let prefix = String(decoding: source.prefix(offset), as: UTF8.self)
        var lines = 0
        var lastLine = 0
        var current = 0
        var previous: Unicode.Scalar = "\0"
        for scalar in prefix.unicodeScalars {
            if isPythonLineBreak(scalar) {
                // "\r\n" is one break for splitlines().
                if !(scalar == "\n" && previous == "\r") {
                    lines += 1
                    lastLine = current
                }
                current = 0
            } else {
                current += 1
            }
            previous = scalar
        }
        // splitlines() drops the empty string after a final break, so that position counts as
        // the end of the line before it.
        if current > 0 { return SourceLocation(line: lines + 1, column: current + 1) }
        if lines == 0 { return SourceLocation(line: 1, column: 1) }
        return SourceLocation(line: lines, column: lastLine + 1)
    }

    private static func isPythonLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
