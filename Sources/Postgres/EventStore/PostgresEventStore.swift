package import LOW

/// The event store of the PostgreSQL shell: streams with their versions, events with a global
/// position, command records and unique-key claims in tables, and a commit that writes a whole
/// `ChangeSet` in one transaction. Passes `ShellTesting.EventStoreContract`.
///
/// Commits that wait at the same time share one transaction (group commit, `BatchingQueue`):
/// one statement, the function `cqrs_commit`, checks and writes each change set in turn, each with
/// its own outcome, so a conflict or a duplicate refuses only its own change set. The function
/// holds a transaction-scoped advisory lock from its start to the commit: positions are handed out
/// in commit order, so a reader following the head never meets a later position before an earlier
/// one is visible. That lock covers the checks, the inserts and the commit, not the decision.
///
/// ```swift
/// let store = PostgresEventStore(pool: try await PostgresPool.connect(url, size: 8))
/// try await store.start()   // migrations
/// ```
package final class PostgresEventStore: EventStore {
    package let pool: PostgresPool
    /// Where batches are written: `pool`, or connections kept for them, so that a batch never waits
    /// in line behind the reads of the commands it holds.
    package let commitPool: PostgresPool
    /// How long `waitForEvents` sleeps between looks at the head: how late it sees another
    /// process's commits (this store's own wake it at once). Each look is a query, and a shell has
    /// several followers waiting.
    package let pollInterval: Duration

    /// Wakes `waitForEvents` when this store commits, or another process's commit is heard.
    let committed = HeadSignal()
    /// Sends and hears commits as `NOTIFY`s, when given a listening connection.
    private let notifications: CommitNotifications?
    private let commits: BatchingQueue<ChangeSet, Result<PostgresCommitBatch.Outcome, any Error>>
    /// Which of the command ids asked about at once are stored: every command asks before it runs.
    private let storedCommands: CoalescedLookup<String, Bool>
    /// The owners of the claims asked about at once: a handler's lookup reads them.
    private let owners: CoalescedLookup<UniqueKey, String>
    /// The streams read at once, each after its version: a handler's lookup reads them.
    private let streams: CoalescedLookup<StreamRead, [RecordedEvent]>
    /// The streams folded here, so that a load reads only what came after.
    private let snapshots = StreamSnapshots()

    /// - Parameters:
    ///   - commitPool: connections for commits alone (as many as `maximumBatchesInFlight`); `pool`
    ///     when nil.
    ///   - listen: opens a connection of its own (with the pool's search path) on which the store
    ///     hears other processes' commits, so its followers see them at once rather than at the
    ///     next poll; with it, each batch also sends its `NOTIFY`. Without it, polling only.
    ///   - maximumBatchSize: the most change sets one transaction commits.
    ///   - maximumBatchesInFlight: batches written at once, each on a connection of its own. The
    ///     advisory lock runs them one after the other anyway; a second one in flight has its
    ///     statement at the server when the first commits.
    package init(
        pool: PostgresPool, commitPool: PostgresPool? = nil, pollInterval: Duration = .milliseconds(50),
        listen: (@Sendable () async throws -> PostgresConnection)? = nil, maximumBatchSize: Int = 256,
        maximumBatchesInFlight: Int = 1
    ) {
        notifications = listen.map(CommitNotifications.init)
        self.pool = pool
        self.commitPool = commitPool ?? pool
        self.pollInterval = pollInterval
        commits = BatchingQueue(maximumBatchSize: maximumBatchSize, maximumLeaders: maximumBatchesInFlight)
        storedCommands = CoalescedLookup { ids in
            try await pool.withConnection { connection in
                let rows = try await connection.query(
                    "SELECT id FROM cqrs_commands WHERE id = ANY($1::text[])", [PostgresText.array(ids)])
                return Dictionary(rows.compactMap { $0[0] }.map { ($0, true) }, uniquingKeysWith: { first, _ in first })
            }
        }
        owners = CoalescedLookup { keys in
            try await pool.withConnection { connection in
                let rows = try await connection.query(
                    "SELECT u.scope, u.value, c.owner FROM unnest($1::text[], $2::text[]) AS u(scope, value) "
                        + "JOIN cqrs_claims c ON c.scope = u.scope AND c.value = u.value",
                    [PostgresText.array(keys.map(\.scope)), PostgresText.array(keys.map(\.value))])
                var found: [UniqueKey: String] = [:]
                for row in rows {
                    guard let scope = row[0], let value = row[1], let owner = row[2] else { continue }
                    found[UniqueKey(scope: scope, value: value)] = owner
                }
                return found
            }
        }
        streams = CoalescedLookup { reads in
            try await pool.withConnection { connection in
                let rows = try await connection.query(
                    "SELECT u.version, \(Self.eventColumns) FROM unnest($1::text[], $2::int4[]) AS u(stream, version) "
                        + "JOIN cqrs_events e ON e.stream_id = u.stream AND e.stream_version > u.version "
                        + "ORDER BY e.stream_id, e.stream_version",
                    [PostgresText.array(reads.map(\.streamID)), PostgresText.array(reads.map { String($0.version) })])
                var found: [StreamRead: [RecordedEvent]] = [:]
                for row in rows {
                    let event = try Self.event(row, from: 1)
                    found[StreamRead(streamID: event.streamID, version: Int(try row.int64(0) ?? 0)), default: []]
                        .append(event)
                }
                return found
            }
        }
    }

    /// Applies the store's migrations (`PostgresEventStore.migrations`).
    /// Applies the store's migrations (`PostgresEventStore.migrations`), then starts hearing other
    /// processes' commits when the store was given a listening connection.
    package func start() async throws {
        _ = try await pool.withConnection { try await PostgresMigrator.migrate($0, Self.migrations, of: "event-store") }
        notifications?.start(advancing: committed)
    }

    package func stop() async { notifications?.stop() }

    package func commit(_ changes: ChangeSet) async throws -> [RecordedEvent] {
        let pool = commitPool
        let committed = committed
        let notifies = notifications != nil
        let answer = await commits.submit(changes) { batch in
            let answers = await Self.commit(batch, in: pool)
            let positions = answers.compactMap { answer -> Int64? in
                guard case .success(.recorded(let events)) = answer else { return nil }
                return events.last?.position
            }
            if let last = positions.max() {
                committed.advance(to: last)
                // A hint: a notify that fails costs the other processes one poll, never an event.
                if notifies { try? await pool.withConnection { try await CommitNotifications.send(last, on: $0) } }
            }
            return answers
        }
        switch try answer.get() {
        case .recorded(let events): return events
        case .refused(let error): throw error
        case .duplicate:
            // Read after the batch committed, so a duplicate of a command earlier in the same batch
            // finds its events.
            throw CommitError.duplicateCommand(try await events(forCommand: changes.command.id) ?? [])
        }
    }

    package func events(forCommand id: ID) async throws -> [RecordedEvent]? {
        guard try await storedCommands.value(for: id.description) == true else { return nil }
        return try await pool.withConnection { connection in
            let rows = try await connection.query(
                "SELECT \(Self.eventColumns) FROM cqrs_events WHERE command_id = $1 ORDER BY position",
                [id.description])
            return try rows.map { try Self.event($0) }
        }
    }

    package func command(_ id: ID) async throws -> CommandEnvelope? {
        try await pool.withConnection { connection in
            let rows = try await connection.query(
                "SELECT name, payload, causation_id, correlation_id, issued_at FROM cqrs_commands WHERE id = $1",
                [id.description])
            guard let row = rows.first else { return nil }
            return CommandEnvelope(
                id: id, name: row[0] ?? "", payload: try row.json(1),
                causationID: row[2].flatMap { ID($0) }, correlationID: try row.id(3),
                issuedAt: Timestamp(microseconds: try row.int64(4) ?? 0))
        }
    }

    package func head() async throws -> Int64 {
        try await pool.withConnection { connection in
            try await connection.query("SELECT coalesce(max(position), 0) FROM cqrs_events").first?.int64(0) ?? 0
        }
    }

    package func waitForEvents(after position: Int64) async throws {
        // This store's commits wake the wait at once, and so do another process's when the store
        // listens for them; else they are seen at the next look at the head, every `pollInterval`.
        // A follower calls this right after a read that found nothing above `position`; the
        // head is not asked for again then, only after the wait.
        var isHeadKnown = committed.knows(nothingAbove: position, within: pollInterval / 10)
        while committed.head <= position {
            if !isHeadKnown {
                committed.advance(to: try await head())
                if committed.head > position { return }
            }
            await committed.wait(after: position, timeout: pollInterval)
            if Task.isCancelled { return }
            isHeadKnown = false
        }
    }

    package func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        try await streams.value(for: StreamRead(streamID: streamID, version: version)) ?? []
    }

    package func load<State: Aggregate>(_ type: State.Type, stream streamID: String) async throws -> Loaded<State> {
        var loaded = snapshots.snapshot(State.self, stream: streamID) ?? Loaded(state: State(), version: 0)
        let newer = try await events(inStream: streamID, after: loaded.version)
        guard !newer.isEmpty else { return loaded }
        for event in newer { loaded.state.apply(event) }
        loaded.version = newer[newer.count - 1].streamVersion
        snapshots.keep(loaded, stream: streamID)
        return loaded
    }

    package func owner(of key: UniqueKey) async throws -> String? {
        try await owners.value(for: key)
    }
}

/// A read of one stream's events after a version.
struct StreamRead: Hashable, Sendable {
    var streamID: String
    var version: Int
}
