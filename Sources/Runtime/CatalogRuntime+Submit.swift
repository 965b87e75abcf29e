package import LOW

extension CatalogRuntime {
    /// Runs a client's command and answers once its effects can be read back: its events are
    /// projected by every projector and, when its handler names `completesOn` events, one of those
    /// with its correlation id has been projected too.
    ///
    /// - Parameter timeout: how long to wait for the projections (the configuration's
    ///   `requestTimeout` when `nil`); past it the result is pending and the command runs on.
    /// - Returns: the outcome with the row the command updated, read through the projector its
    ///   handler is answered by (`AnyHandler.answer`); `.unknownCommand` when no client handler
    ///   takes it.
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
        let reach = try await waitForProjection(
            of: last.position, endingWith: endings, correlationID: envelope.correlationID,
            timeout: timeout ?? configuration.requestTimeout)
        guard let reach else {
            return CommandResult(commandID: envelope.id, outcome: outcome, row: nil, isPending: true)
        }
        var row: Value?
        if let answer = handler.answer { row = try await updatedRow(by: outcome, of: answer, asOf: reach) }
        return CommandResult(commandID: envelope.id, outcome: outcome, row: row, isPending: false)
    }

    /// Waits until every projector has passed `position` and, when `endings` is not empty, the
    /// event that ends the process `correlationID`.
    /// - Returns: the position the command's effects reach (`position`, or the process's end),
    ///   every projector being past it; `nil` when `timeout` ran out first.
    package func waitForProjection(
        of position: Int64, endingWith endings: Set<String> = [], correlationID: ID, timeout: Duration
    ) async throws -> Int64? {
        // The boards keep the deadline themselves: no task group and timer per mutation, and what
        // has already happened answers at once, whatever the timeout (a client's retry of a transfer
        // that ended long ago gets its row).
        let deadline = ContinuousClock.now + timeout
        guard try await projections.wait(until: position, deadline: deadline) else { return nil }
        guard !endings.isEmpty else { return position }
        if let end = completions.end(of: correlationID) {
            return try await projections.wait(until: end, deadline: deadline) ? end : nil
        }
        let completions = completions
        let projections = projections
        return try await within(deadline - .now) {
            let end = try await completions.wait(for: correlationID)
            try await projections.wait(until: end)
            return end
        }
    }

    /// The row of `projector` that the outcome's events changed, as the command left it: the first
    /// event the projector maps to a row names it (the Account a deposit went to, the Transfer a
    /// transfer opened), and the row is read as of `reach`.
    ///
    /// The current row is that state unless the row's stream has moved past `reach` since (a
    /// concurrent command, or a client's retry after later changes): then the stream's events up
    /// to `reach` are folded through the projector, so a retry answers as its first attempt did.
    /// A row's events are taken to be those of the stream of the event that names it.
    package func updatedRow(by outcome: Outcome, of projector: AnyProjector, asOf reach: Int64) async throws
        -> Value?
    {
        guard case .accepted(let events) = outcome else { return nil }
        for event in events {
            guard let id = projector.rowID(for: event) else { continue }
            // Read before looking at the stream: a later event the row already shows was committed
            // before the look, so the look sees it too and the row is folded instead.
            let current = try await projector.row(id: id, in: readModels)
            let later = try await self.events.events(inStream: event.streamID, after: event.streamVersion)
            if later.allSatisfy({ $0.position <= reach }) { return current }
            let history = try await self.events.events(inStream: event.streamID, after: 0)
            return projector.row(id: id, foldedFrom: history.filter { $0.position <= reach })
        }
        return nil
    }
}
