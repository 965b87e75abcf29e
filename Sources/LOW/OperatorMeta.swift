/// How an operator (handler, projector or process manager) meets its environment: its name and
/// the channels it reads and writes. Shells wire channels from this metadata alone.
///
/// Names are kebab-case wire names (`invite-customer`, `commands`, `customers`): they become topic
/// suffixes and metric labels, so treat a rename as a breaking change.
package struct OperatorMeta: Sendable, Hashable {
    /// The channel clients' commands arrive on; a handler on it must have a mutation of its name.
    package static let clientCommands = "commands"
    /// The channel process managers' commands arrive on; these have no mutation.
    package static let processCommands = "process-commands"
    /// The channel every recorded event is published on.
    package static let events = "events"

    package var name: String
    package var inputs: [String]
    package var output: String
    /// Event types that end the work a command starts. Empty: the command is done once its own
    /// events are projected. A process (TransferMoney) names the events that close it, which the
    /// caller then waits for, by correlation id.
    package var completesOn: Set<String>

    package init(name: String, inputs: [String], output: String, completesOn: Set<String> = []) {
        self.name = name
        self.inputs = inputs
        self.output = output
        self.completesOn = completesOn
    }
}
