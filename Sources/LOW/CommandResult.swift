/// What a submitted command came to, as a mutation answers it.
package struct CommandResult: Sendable, Equatable {
    package var commandID: ID
    package var outcome: Outcome
    /// The read-model row the command's events updated (the Account after a deposit, the Transfer
    /// once TransferMoney has completed), read after its projection; `nil` for a rejection, and
    /// while pending.
    package var row: Value?
    /// The command was stored but its projection (or its process's end) did not arrive in time:
    /// the contract's `PENDING`. The command is not lost.
    package var isPending: Bool

    package init(commandID: ID, outcome: Outcome, row: Value?, isPending: Bool) {
        self.commandID = commandID
        self.outcome = outcome
        self.row = row
        self.isPending = isPending
    }
}
