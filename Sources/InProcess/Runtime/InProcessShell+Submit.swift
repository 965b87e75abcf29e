package import LOW

extension InProcessShell {
    /// Runs a client's command and answers once its effects can be read back: its events are
    /// projected by every projector and, when its handler names `completesOn` events, one of those
    /// with its correlation id has been projected too.
    ///
    /// - Parameter timeout: how long to wait for the projections (the configuration's
    ///   `requestTimeout` when `nil`); past it the result is pending and the command runs on.
    /// - Returns: the outcome with the row the command updated, read from the table named by its
    ///   handler's `meta.output`; `.unknownCommand` when no client handler takes it.
    /// - Throws: `CancellationError`, `BoundedChannel.Closed` after `shutdown()`, or a store's failure.
    package func submit(_ envelope: CommandEnvelope, timeout: Duration? = nil) async throws -> CommandResult {
        let outcome = try await bus.dispatch(envelope, on: OperatorMeta.clientCommands)
        guard let last = outcome.events.last,
            let handler = bus.handler(for: envelope.name, on: OperatorMeta.clientCommands)
        else {
            return CommandResult(commandID: envelope.id, outcome: outcome, row: nil, isPending: false)
        }
        var endings: Set<String> = []
        if case .accepted = outcome { endings = handler.meta.completesOn }
        let projected = try await waitForProjection(
            of: last.position, endingWith: endings, correlationID: envelope.correlationID,
            timeout: timeout ?? configuration.requestTimeout)
        guard projected else {
            return CommandResult(commandID: envelope.id, outcome: outcome, row: nil, isPending: true)
        }
        let row = try await updatedRow(by: outcome, in: handler.meta.output)
        return CommandResult(commandID: envelope.id, outcome: outcome, row: row, isPending: false)
    }

    /// Waits until every projector has passed `position` and, when `endings` is not empty, the
    /// event that ends the process `correlationID`.
    /// - Returns: `false` when `timeout` ran out first.
    package func waitForProjection(
        of position: Int64, endingWith endings: Set<String> = [], correlationID: ID, timeout: Duration
    ) async throws -> Bool {
        // The boards keep the deadline themselves: no task group and timer per mutation, and what
        // has already happened answers at once, whatever the timeout (a client's retry of a transfer
        // that ended long ago gets its row).
        let deadline = ContinuousClock.now + timeout
        guard try await projections.wait(until: position, deadline: deadline) else { return false }
        guard !endings.isEmpty else { return true }
        if let end = completions.end(of: correlationID) {
            return try await projections.wait(until: end, deadline: deadline)
        }
        let completions = completions
        let projections = projections
        return try await within(deadline - .now) {
            let end = try await completions.wait(for: correlationID)
            try await projections.wait(until: end)
        }
    }

    /// The row of `table` that the outcome's events changed: the first event the table's projector
    /// maps to a row names it (the Account a deposit went to, the Transfer a transfer opened).
    package func updatedRow(by outcome: Outcome, in table: String) async throws -> Value? {
        guard case .accepted(let events) = outcome,
            let projector = catalog.projectors.first(where: { $0.table == table })
        else { return nil }
        for event in events {
            if let id = projector.rowID(for: event) { return try await projector.row(id: id, in: readModels) }
        }
        return nil
    }
}
