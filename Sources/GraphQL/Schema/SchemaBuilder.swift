/// Builds and validates a `Schema` from SDL files, the way the server does at start-up.
///
/// ```swift
/// let schema = try SchemaBuilder.build(files: [("schema.graphql", sdl)])
/// ```
package enum SchemaBuilder {
    /// Reads all `files` as one type-system document (extensions merge into their types wherever
    /// they appear), adds the built-in scalars, directives and introspection types, and validates
    /// the result (GraphQL spec (Oct 2021) §3 type validation, graphql-js `validateSchema` and its
    /// SDL rules).
    ///
    /// - Parameter files: each file's name (used in errors) and its SDL text.
    /// - Throws: `SchemaError` listing every problem, in source order, with its file, line and column.
    package static func build(files: [(name: String, source: String)]) throws(SchemaError) -> Schema {
        let syntaxProblems = files.compactMap { file in syntaxProblem(in: file) }
        guard syntaxProblems.isEmpty else { throw SchemaError(problems: syntaxProblems) }
        let all = [(name: builtInFileName, source: builtInSDL)] + files
        var text = ""
        var starts: [(name: String, start: Int)] = []
        for file in all {
            starts.append((file.name, text.utf8.count))
            // A newline after each file, so that a trailing comment cannot swallow the next file.
            text += file.source + "\n"
        }
        let document: Document
        do {
            document = try Parser.parse(text)
        } catch {
            // Every file parsed alone, so this cannot happen; report it rather than trap.
            throw SchemaError(problems: [
                SchemaError.Problem(message: error.message, file: "<schema>", line: error.line, column: error.column)
            ])
        }
        var build = SchemaBuild(document: document, files: starts)
        return try build.run()
    }

    /// The first syntax error of one file, located in that file.
    private static func syntaxProblem(in file: (name: String, source: String)) -> SchemaError.Problem? {
        do {
            _ = try Parser.parse(file.source)
            return nil
        } catch {
            return SchemaError.Problem(message: error.message, file: file.name, line: error.line, column: error.column)
        }
    }
}
