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

/// Runs `body` and checks that it throws an error `matches` accepts.
func requireThrows<T>(
    _ message: String, line: UInt = #line, _ body: () async throws -> T, matches: (any Error) -> Bool
) async throws {
    do {
        _ = try await body()
    } catch {
        try require(matches(error), "\(message): unexpected error \(error)", line: line)
        return
    }
    throw ContractViolation(message: "\(message): no error thrown", line: line)
}
