import LOW

/// A guarantee of a port that an implementation broke, thrown by the contract checks so that the
/// calling test fails with the check's message and the line it was made on.
package struct ContractViolation: Error, CustomStringConvertible {
    package var message: String
    package var line: UInt

    package var description: String { "contract violated (ShellTesting line \(line)): \(message)" }
}

/// Throws a `ContractViolation` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String, line: UInt = #line) throws {
    if !condition { throw ContractViolation(message: message(), line: line) }
}

/// Runs `body` and checks that it throws `expected` (any error when `nil`).
func requireThrows<T>(
    _ message: String, _ expected: CommitError?, line: UInt = #line, _ body: () async throws -> T
) async throws {
    do {
        _ = try await body()
    } catch {
        let matches = expected.map { ($0 as CommitError?) == (error as? CommitError) } ?? true
        try require(matches, "\(message): unexpected error \(error)", line: line)
        return
    }
    throw ContractViolation(message: "\(message): no error thrown", line: line)
}
