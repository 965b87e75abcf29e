package import LOW

/// The state of an event log held in memory: every event with indexes by stream, type and command,
/// the event ids and the unique-key claims. Both `InMemoryEventStore` and `FileEventLog` keep one
/// (the file log rebuilds it from disk at open), always under a lock.
///
/// `sequence` validates a `ChangeSet` (versions, claims, duplicates) and appends it in one step, so
/// positions follow the order of the calls. Positions are dense from 1: event `p` is `events[p - 1]`.
package struct EventIndex {
    /// What a command wrote: its envelope and the contiguous positions of its events.
    struct CommandEntry {
        var envelope: CommandEnvelope
        var firstIndex: Int
        var count: Int
    }

    private(set) var events: [RecordedEvent] = []
    // Tables keyed per stream, command or event grow with the log: sharded, so no single growth
    // rehashes all of them under the lock.
    var streams = ShardedDictionary<String, StreamEntry>()
    private(set) var types: [String: [Int]] = [:]
    // Commands sit in an array and the dictionaries map ids to offsets in it: small dictionary
    // entries keep lookups and growth cheap.
    private var commandEntries: [CommandEntry] = []
    private var commands = ShardedDictionary<IDKey, Int>()
    /// Event id → offset of the command that stored it in `commandEntries`.
    private var eventIDs = ShardedDictionary<IDKey, Int>()
    private var claims = ShardedDictionary<UniqueKey, String>()

    package init() {}

    /// The position of the last event (0 when empty).
    package var head: Int64 { Int64(events.count) }

    /// Makes room for `commands` more commits of about `events` events in all, so that a replay
    /// does not grow the tables step by step.
    package mutating func reserve(commands: Int, events: Int) {
        self.events.reserveCapacity(self.events.count + events)
        self.commands.reserveCapacity(additional: commands)
        commandEntries.reserveCapacity(commandEntries.count + commands)
        eventIDs.reserveCapacity(additional: events)
    }

    // MARK: - Writing

    /// Checks `changes` against the current state and appends it.
    ///
    /// One pass over the id tables: each id is looked up and, when new, taken for this commit in
    /// the same probe; a check that fails afterwards gives back what was taken.
    /// - Throws: `CommitError.duplicateCommand` when the command id (or one of its event ids) is
    ///   already stored, `.conflict` when an expected version is off, `.claimTaken` when another
    ///   owner holds a claimed key, `StoreError.invalidChangeSet` for an event id used twice in it.
    package mutating func sequence(_ changes: ChangeSet) throws -> [RecordedEvent] {
        let slot = commandEntries.count
        let commandKey = IDKey(changes.command.id)
        if let first = Self.take(commandKey, for: slot, in: &commands) {
            throw CommitError.duplicateCommand(eventsOf(commandEntries[first]))
        }
        var taken = 0
        do {
            try checkVersionsAndClaims(changes)
            for event in changes.events {
                if let holder = Self.take(IDKey(event.id), for: slot, in: &eventIDs) {
                    // `slot` is new, so only an earlier event of this same commit can hold it.
                    if holder == slot {
                        throw StoreError.invalidChangeSet("event id \(event.id) appears twice in one commit")
                    }
                    throw CommitError.duplicateCommand(eventsOf(commandEntries[holder]))
                }
                taken += 1
            }
        } catch {
            commands[commandKey] = nil
            for event in changes.events.prefix(taken) { eventIDs[IDKey(event.id)] = nil }
            throw error
        }
        return Array(events[appendRecords(changes, slot: slot)])
    }

    /// The value `table` holds for `key`, or `nil` after storing `value` there: one hash probe
    /// (the optional subscript's in-place accessor) where a lookup and an insert take two.
    private static func take(_ key: IDKey, for value: Int, in table: inout ShardedDictionary<IDKey, Int>) -> Int? {
        var holder: Int?
        func claim(_ entry: inout Int?) {
            if let entry { holder = entry } else { entry = value }
        }
        claim(&table[key])
        return holder
    }

    private func checkVersionsAndClaims(_ changes: ChangeSet) throws {
        for (streamID, expected) in changes.expectedVersions {
            guard case .exactly(let version) = expected else { continue }
            let actual = streams[streamID]?.indices.count ?? 0
            if actual != version { throw CommitError.conflict(streamID: streamID, expected: version, actual: actual) }
        }
        for (key, owner) in changes.claims {
            if let holder = claims[key], holder != owner { throw CommitError.claimTaken(key, owner: holder) }
        }
    }

    /// Appends `changes` without checks: for a change set read back from a log.
    /// - Returns: the indices of its events in `events`.
    @discardableResult
    package mutating func append(_ changes: ChangeSet) -> Range<Int> {
        let slot = commandEntries.count
        for new in changes.events { eventIDs[IDKey(new.id)] = slot }
        commands[IDKey(changes.command.id)] = slot
        return appendRecords(changes, slot: slot)
    }

    /// Appends the events, claims and command entry of `changes`, whose ids are already entered
    /// under `slot`.
    private mutating func appendRecords(_ changes: ChangeSet, slot: Int) -> Range<Int> {
        let command = changes.command
        let firstIndex = events.count
        for new in changes.events {
            let index = events.count
            let version = streams[new.streamID, default: StreamEntry()].append(index)
            types[new.type, default: []].append(index)
            events.append(
                RecordedEvent(
                    id: new.id, type: new.type, streamID: new.streamID, streamVersion: version,
                    position: Int64(index + 1), occurredAt: command.issuedAt, commandID: command.id,
                    causationID: command.causationID ?? command.id, correlationID: command.correlationID,
                    payload: new.payload))
        }
        for (key, owner) in changes.claims { claims[key] = owner }
        commandEntries.append(CommandEntry(envelope: command, firstIndex: firstIndex, count: changes.events.count))
        return firstIndex..<events.count
    }

    // MARK: - Reading

    private func eventsOf(_ entry: CommandEntry) -> [RecordedEvent] {
        Array(events[entry.firstIndex..<(entry.firstIndex + entry.count)])
    }

    /// The events `id` wrote and the position they reach (its last event's, or 0 for none).
    package func events(forCommand id: ID) -> (events: [RecordedEvent], reach: Int64)? {
        guard let slot = commands[IDKey(id)] else { return nil }
        let entry = commandEntries[slot]
        return (eventsOf(entry), Int64(entry.firstIndex + entry.count))
    }

    /// The envelope first stored under `id` and the position its events reach.
    package func command(_ id: ID) -> (envelope: CommandEnvelope, reach: Int64)? {
        guard let slot = commands[IDKey(id)] else { return nil }
        let entry = commandEntries[slot]
        return (entry.envelope, Int64(entry.firstIndex + entry.count))
    }

    /// The owner a commit claimed `key` for, if any.
    package func owner(of key: UniqueKey) -> String? { claims[key] }

    /// The events of `streamID` above stream version `version`, in order.
    package func events(inStream streamID: String, after version: Int) -> [RecordedEvent] {
        guard let stream = streams[streamID], version < stream.indices.count else { return [] }
        return stream.indices[max(version, 0)...].map { events[$0] }
    }

    /// The version of `streamID` (0: no events).
    package func version(of streamID: String) -> Int { streams[streamID]?.indices.count ?? 0 }
}
