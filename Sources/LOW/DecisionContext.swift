/// What `operate` may know besides the command and its facts: the command's identity and time.
///
/// There is no clock and no randomness in functions: `now` is the command's issue time, and new ids
/// derive from the command id, so deciding twice gives the same events.
package struct DecisionContext: Sendable, Equatable {
    package var commandID: ID
    package var now: Timestamp

    package init(commandID: ID, now: Timestamp) {
        self.commandID = commandID
        self.now = now
    }

    /// The id of something this command creates, in canonical lower-case text.
    /// - Parameter name: what is created (`"customer"`); one command creating two things uses two names.
    package func newID(_ name: String) -> String { commandID.derived(name).description }
}
