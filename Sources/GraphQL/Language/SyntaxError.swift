/// A document that is not valid GraphQL syntax: what was expected and where, as graphql-js says it.
///
/// `message` reads like graphql-js 16 (`Syntax Error: Expected Name, found "}".`), and `line` and
/// `column` are 1-based with columns in code points, matching graphql-core 3.2.
package struct SyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The full message, starting with `Syntax Error: `.
    package var message: String
    /// The 1-based line of the offending token or character.
    package var line: Int
    /// The 1-based column (in code points) of the offending token or character.
    package var column: Int
    /// The byte offset of the offending token or character in the UTF-8 source.
    package var offset: Int

    /// Makes an error from a message without the `Syntax Error: ` prefix and its position.
    package init(_ detail: String, at offset: Int, in source: some Collection<UInt8>) {
        let location = SourceLocation(of: offset, in: source)
        self.init(message: "Syntax Error: " + detail, line: location.line, column: location.column, offset: offset)
    }

    /// Makes an error from its parts.
    package init(message: String, line: Int, column: Int, offset: Int) {
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The location as a value.
    package var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// `Syntax Error: ... (line:column)`
    package var description: String { "\(message) (\(line):\(column))" }
}
