/// A command handler in the LOW pattern: `lookup` does every read, `operate` decides, `write`
/// describes what to persist besides the events.
///
/// `operate` is pure and synchronous: no clock, no randomness, no I/O; the same command, facts and
/// context give the same decision. That is what makes a handler testable without I/O and safe to
/// re-run when the executor retries after a concurrency conflict.
///
/// ```swift
/// struct DepositMoneyHandler: Handler {
///     static let meta = OperatorMeta(name: "deposit-money", inputs: ["commands"], output: "accounts")
///     func lookup(_ c: DepositMoney, in reader: some Reader) async throws -> Loaded<AccountState> {
///         try await reader.load(AccountState.self, stream: AccountState.stream(c.accountId))
///     }
///     func operate(_ c: DepositMoney, facts: Loaded<AccountState>, context: DecisionContext)
///         -> Decision<AccountEvent> { ... }
/// }
/// ```
package protocol Handler: Sendable {
    associatedtype Command: CommandPayload
    associatedtype Facts: Sendable
    associatedtype Event: DomainEvent

    static var meta: OperatorMeta { get }

    /// Every read the decision needs. Throws only for infrastructure failures.
    func lookup(_ command: Command, in reader: some Reader) async throws -> Facts

    /// The decision: events to record, or a rejection with the contract's reason.
    func operate(_ command: Command, facts: Facts, context: DecisionContext) -> Decision<Event>

    /// What an accepted event persists besides itself, such as a unique-key claim. The events are
    /// appended by the executor; the store applies both in one atomic commit.
    func write(_ event: Event, into changes: inout ChangeSet)
}

extension Handler {
    package func write(_ event: Event, into changes: inout ChangeSet) {}
}
