/// A position in a document as the GraphQL spec and graphql-js/graphql-core report it.
///
/// Both are 1-based. Lines end at `\n`, `\r\n` (one line) or `\r`; columns count Unicode code
/// points, not bytes or UTF-16 units.
package struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    package var line: Int
    /// The 1-based column, in code points.
    package var column: Int

    /// Makes a location.
    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`
    package var description: String { "\(line):\(column)" }

    /// The location of byte `offset` in UTF-8 `source` (an offset past the end counts as the end).
    ///
    /// Runs in O(offset): meant for errors and diagnostics, not the hot path.
    package init(of offset: Int, in source: some Collection<UInt8>) {
        var line = 1
        var column = 1
        var previous: UInt8 = 0
        var position = 0
        for byte in source {
            if position >= offset { break }
            position += 1
            if byte == 0x0A {
                // GraphQL spec (Oct 2021) §2.1.2: "\r\n" is one line terminator.
                if previous != 0x0D { line += 1 }
                column = 1
            } else if byte == 0x0D {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // A UTF-8 continuation byte is part of the previous code point.
                column += 1
            }
            previous = byte
        }
        self.init(line: line, column: column)
    }
}
