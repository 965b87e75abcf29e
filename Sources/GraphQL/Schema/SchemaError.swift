/// Why a schema could not be built: every problem found, each with its file, line and column.
package struct SchemaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// One problem in the SDL.
    package struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// What is wrong, e.g. `Unknown type "Usr".`
        package var message: String
        /// The file's name as given to the builder.
        package var file: String
        /// The 1-based line.
        package var line: Int
        /// The 1-based column, in code points.
        package var column: Int

        /// Makes a problem.
        package init(message: String, file: String, line: Int, column: Int) {
            self.message = message
            self.file = file
            self.line = line
            self.column = column
        }

        /// `file:line:column: message`
        package var description: String { "\(file):\(line):\(column): \(message)" }
    }

    /// The problems, in source order of the files as given.
    package var problems: [Problem]

    /// Makes an error from its problems.
    package init(problems: [Problem]) { self.problems = problems }

    /// One problem per line.
    package var description: String { problems.map(\.description).joined(separator: "\n") }
}
