package import LOW

/// Given events, when a command, then a decision: a handler test in the shape of commanded's
/// `aggregate_case`, with lookup run against a `FixedReader` and a fixed context.
///
/// ```swift
/// let decision = try await HandlerCase(DepositMoneyHandler())
///     .given(AccountEvent.opened(id: "a", owner: "Ada", initialDeposit: 10))
///     .when(DepositMoney(accountId: "a", amount: 5))
/// #expect(decision == .accepted([.deposited(id: "a", amount: 5)]))
/// ```
package struct HandlerCase<H: Handler>: Sendable {
    package let handler: H
    package private(set) var history: [any DomainEvent] = []
    package private(set) var owners: [UniqueKey: String] = [:]
    package var context: DecisionContext

    package init(_ handler: H, context: DecisionContext = .fixed()) {
        self.handler = handler
        self.context = context
    }

    /// The case with `events` already recorded, after the ones given before.
    package func given(_ events: any DomainEvent...) -> Self {
        var next = self
        next.history += events
        return next
    }

    /// The case with `key` already held by `owner`.
    package func given(_ key: UniqueKey, ownedBy owner: String) -> Self {
        var next = self
        next.owners[key] = owner
        return next
    }

    /// The decision on `command`: lookup over the given history, then operate.
    package func when(_ command: H.Command) async throws -> Decision<H.Event> {
        let reader = FixedReader(given: history, owners: owners)
        let facts = try await handler.lookup(command, in: reader)
        return handler.operate(command, facts: facts, context: context)
    }

    /// What the handler's `write` adds for the accepted events of `command` (claims), on top of
    /// the events; empty for a rejection.
    package func changes(for command: H.Command) async throws -> ChangeSet {
        let envelope = CommandEnvelope(
            id: context.commandID, name: H.Command.name, payload: command.payload, issuedAt: context.now)
        var changes = ChangeSet(command: envelope)
        for event in try await when(command).events { handler.write(event, into: &changes) }
        return changes
    }
}
