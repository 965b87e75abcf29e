/// Runs one handler's commands: lookup, operate, write, commit, with retries on optimistic
/// concurrency conflicts.
///
/// On a conflict the whole decision is made again on fresh facts (re-lookup, re-operate), at most
/// `maximumAttempts` times; then the outcome is `.conflict` and nothing is written. A command id
/// that is already stored is answered from its stored events, so a duplicate delivery or a client's
/// retry has no second effect. Rejections are stored too, so they replay the same way.
package struct Executor<H: Handler>: Sendable {
    package let handler: H
    package let store: any EventStore
    package let maximumAttempts: Int

    package init(handler: H, store: any EventStore, maximumAttempts: Int = 10) {
        self.handler = handler
        self.store = store
        self.maximumAttempts = maximumAttempts
    }

    package var meta: OperatorMeta { H.meta }

    package func execute(_ envelope: CommandEnvelope) async throws -> Outcome {
        let command: H.Command
        do { command = try H.Command(payload: envelope.payload) } catch { return .invalidPayload(error) }
        if let stored = try await store.events(forCommand: envelope.id) {
            return try await replay(stored, for: envelope)
        }
        let context = DecisionContext(commandID: envelope.id, now: envelope.issuedAt)
        for _ in 0..<maximumAttempts {
            let reader = VersionTrackingReader(base: store)
            let facts = try await handler.lookup(command, in: reader)
            let decision = handler.operate(command, facts: facts, context: context)
            let changes = changeSet(for: decision, of: envelope, readVersions: reader.versions)
            do {
                let recorded = try await store.commit(changes)
                return Outcome.replayed(recorded)
            } catch CommitError.duplicateCommand(let stored) {
                return try await replay(stored, for: envelope)
            } catch CommitError.conflict, CommitError.claimTaken {
                continue
            }
        }
        return .conflict(attempts: maximumAttempts)
    }

    /// The stored outcome, unless the id was first used for another command or other arguments.
    private func replay(_ stored: [RecordedEvent], for envelope: CommandEnvelope) async throws -> Outcome {
        if let first = try await store.command(envelope.id),
            first.name != envelope.name || first.payload != envelope.payload
        {
            return .idempotencyMismatch
        }
        return Outcome.replayed(stored)
    }

    private func changeSet(
        for decision: Decision<H.Event>, of envelope: CommandEnvelope, readVersions: [String: Int]
    ) -> ChangeSet {
        var changes = ChangeSet(command: envelope)
        switch decision {
        case .accepted(let events):
            changes.events.reserveCapacity(events.count)
            // An index loop, not `enumerated()`: this code is generic over the handler, and each
            // generic iterator type costs a metadata lookup per command.
            for index in events.indices {
                let event = events[index]
                changes.events.append(
                    .init(
                        id: envelope.id.derived(Self.eventName(index)), type: event.type, streamID: event.streamID,
                        payload: event.payload))
                handler.write(event, into: &changes)
            }
        case .rejected(let rejection):
            var payload = envelope.payload
            if case .object(var fields) = payload {
                fields["reason"] = .string(rejection.reason)
                payload = .object(fields)
            } else {
                payload = ["reason": .string(rejection.reason), "command": payload]
            }
            changes.events.append(
                .init(
                    id: envelope.id.derived(Self.eventName(0)), type: rejection.storedAs ?? "\(H.Command.name)Rejected",
                    streamID: Rejection.streamID(for: envelope.id), payload: payload))
        }
        // Every stream read to decide, rejections included, must still be where it was: a decision
        // made on facts that moved meanwhile is made again. `mapValues` keeps the hash table as it is: no key is hashed again.
        changes.expectedVersions = readVersions.mapValues { .exactly($0) }
        return changes
    }

    /// The name the id of a decision's event `index` derives from (`event-0`, `event-1`, ...).
    private static func eventName(_ index: Int) -> String {
        index < derivedEventNames.count ? derivedEventNames[index] : "event-\(index)"
    }
}

/// The first few event names, made once instead of interpolated per event (a generic type such as
/// `Executor` cannot have a stored static).
private let derivedEventNames: [String] = (0..<16).map { "event-\($0)" }
