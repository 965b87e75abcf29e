/// Turns events into read-model rows, in the LOW shape: `rowID` is the lookup (which row an event
/// touches), `apply` the pure decision (the row after the event); the shell writes the row with the
/// projector's checkpoint.
///
/// `apply` must be deterministic: a replay from position 0 rebuilds the same rows, which is how a
/// projector added later is filled from history as if it had always been there.
package protocol Projector: Sendable {
    associatedtype Model: ReadModel

    static var meta: OperatorMeta { get }

    /// The id of the row `event` changes, `nil` when this projector ignores the event.
    func rowID(for event: RecordedEvent) -> String?

    /// The row after `event`; `row` is `nil` when it does not exist yet. Returning `nil` removes it.
    func apply(_ event: RecordedEvent, to row: Model?) -> Model?
}

/// Reacts to events with commands, for work that spans aggregates (a transfer's debit, credit and
/// refund). Pure: the commands derive from the event alone (ids from the event id, via
/// `CommandEnvelope.caused(by:step:name:payload:)`), so a redelivered event issues the same
/// commands, which the executor answers from their first outcome.
package protocol ProcessManager: Sendable {
    static var meta: OperatorMeta { get }
    func react(to event: RecordedEvent) -> [CommandEnvelope]
}
