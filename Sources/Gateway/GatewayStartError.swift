/// Why a gateway cannot start: its schema, its query bindings and its backend's catalog disagree.
/// The message lists every problem, one sentence each, for the operator to fix before starting.
package struct GatewayStartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, in the order they were found.
    package var problems: [String]

    package init(problems: [String]) { self.problems = problems }

    package var description: String {
        "the gateway cannot start: " + problems.joined(separator: "; ")
    }
}
