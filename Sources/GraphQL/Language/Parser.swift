/// Parses GraphQL documents (executable and type-system) from UTF-8 in one pass.
///
/// ```swift
/// let document = try Parser.parse("query Q($id: ID!) { user(id: $id) { name } }")
/// ```
///
/// The parser never traps on input: any malformed document is a `SyntaxError` locating the first
/// problem (the same position graphql-core 3.2 reports). Nesting of selection sets, list and
/// object values and list types is bounded by `maxDepth`, so hostile input cannot overflow the stack.
package struct Parser {
    /// The default bound on nesting depth (selection sets, values and list types combined).
    package static let defaultMaxDepth = 128

    /// Parses `source`.
    ///
    /// - Parameter maxDepth: the deepest nesting accepted; deeper documents are a `SyntaxError`.
    /// - Throws: `SyntaxError` for the first syntax problem.
    package static func parse(_ source: String, maxDepth: Int = defaultMaxDepth) throws(SyntaxError) -> Document {
        try parse(utf8: Array(source.utf8), maxDepth: maxDepth)
    }

    /// Parses UTF-8 bytes; invalid UTF-8 inside string literals or comments is kept as is.
    package static func parse(utf8 source: [UInt8], maxDepth: Int = defaultMaxDepth) throws(SyntaxError) -> Document {
        throw SyntaxError("Parser not implemented yet.", at: 0, in: source)
    }
}
