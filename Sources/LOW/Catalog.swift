/// Everything a set of functions offers a shell: its handlers, projectors and process managers,
/// with the metadata that wires them. A project hands one catalog to one shell.
package struct Catalog: Sendable {
    package var handlers: [AnyHandler]
    package var projectors: [AnyProjector]
    package var processManagers: [any ProcessManager]

    package init(handlers: [AnyHandler], projectors: [AnyProjector], processManagers: [any ProcessManager]) {
        self.handlers = handlers
        self.projectors = projectors
        self.processManagers = processManagers
    }

    /// The handler of the command `name`, if any.
    package func handler(for name: String) -> AnyHandler? { handlers.first { $0.commandName == name } }

    /// The handlers clients may call: each must have a mutation of its command's name.
    package var clientHandlers: [AnyHandler] {
        handlers.filter { $0.meta.inputs.contains(OperatorMeta.clientCommands) }
    }
}

/// A handler with its types erased, so a shell can route commands to it by name.
///
/// A class: the command path fetches it per command, and a struct copy would retain each of its
/// closures and its answering projector's (`bench`: the invite load).
package final class AnyHandler: Sendable {
    package let meta: OperatorMeta
    package let commandName: String
    /// The projector whose row answers the command, the seed's resolver: a client handler's
    /// mutation returns that row as its command left it (the Account after a deposit). `nil` for
    /// a command nobody reads back (the transfer process's legs).
    package let answer: AnyProjector?
    private let run: @Sendable (CommandEnvelope, any EventStore, Int) async throws -> Outcome

    /// A handler whose command is answered with no row.
    package convenience init<H: Handler>(_ handler: H) {
        self.init(handler, answer: nil)
    }

    /// A handler whose command is answered with the row of `projector` that its events changed.
    package convenience init<H: Handler, P: Projector>(_ handler: H, answeredBy projector: P) {
        self.init(handler, answer: AnyProjector(projector))
    }

    private init<H: Handler>(_ handler: H, answer: AnyProjector?) {
        meta = H.meta
        commandName = H.Command.name
        self.answer = answer
        run = { envelope, store, attempts in
            try await Executor(handler: handler, store: store, maximumAttempts: attempts).execute(envelope)
        }
    }

    /// Runs `envelope` through an `Executor` over `store`.
    package func execute(_ envelope: CommandEnvelope, store: any EventStore, maximumAttempts: Int = 10)
        async throws -> Outcome
    {
        try await run(envelope, store, maximumAttempts)
    }
}

/// A projector with its types erased: applies one event to a read-model store, checkpoint included.
package struct AnyProjector: Sendable {
    package let meta: OperatorMeta
    package let table: String
    private let project: @Sendable (RecordedEvent, any ReadModelStore) async throws -> Void
    private let locate: @Sendable (RecordedEvent) -> String?
    private let load: @Sendable (String, any ReadModelStore) async throws -> Value?
    private let fold: @Sendable (String, [RecordedEvent]) -> Value?
    private let projectBatch: @Sendable (ArraySlice<RecordedEvent>, Int64, any SynchronousReadModelStore) throws -> Void
    private let makeFold: @Sendable () -> ProjectionFold
    private let projectBatchAsync:
        @Sendable (ArraySlice<RecordedEvent>, Int64, Int64, any BatchReadModelStore) async throws -> Void

    package init<P: Projector>(_ projector: P) {
        meta = P.meta
        table = P.Model.table
        let name = P.meta.name
        locate = { projector.rowID(for: $0) }
        load = { id, store in try await store.row(P.Model.self, id: id)?.value }
        fold = { id, events in
            var row: P.Model?
            for event in events where projector.rowID(for: event) == id { row = projector.apply(event, to: row) }
            return row?.value
        }
        project = { event, store in
            guard let id = projector.rowID(for: event) else {
                try await store.advance(name, to: event.position)
                return
            }
            let current = try await store.row(P.Model.self, id: id)
            let next = projector.apply(event, to: current)
            try await store.save(next, id: id, of: P.Model.self, projector: name, position: event.position)
        }
        projectBatch = { events, passed, store in
            // Rows are located before the store's lock is taken: decoding each event to find its
            // row is most of the work, and every projector and reader shares that lock.
            let located = Self.locate(events, by: projector)
            try store.update(P.Model.self, projector: name, through: passed) { rows in
                for (id, event) in located { rows.update(id: id) { projector.apply(event, to: $0) } }
            }
        }
        makeFold = {
            let state = FoldState<P.Model>()
            return ProjectionFold(
                apply: { events in
                    for event in events {
                        guard let id = projector.rowID(for: event) else { continue }
                        let next = projector.apply(event, to: state.rows[id])
                        if next != nil, state.created.insert(id).inserted { state.order.append(id) }
                        state.rows[id] = next
                    }
                },
                rows: {
                    state.order.compactMap { id in
                        state.rows[id].map { FoldedRow(id: id, value: $0.value, indexKeys: $0.indexKeys) }
                    }
                })
        }
        projectBatchAsync = { events, checkpoint, passed, store in
            let located = Self.locate(events, by: projector)
            var seen: Set<String> = []
            let ids = located.map(\.id).filter { seen.insert($0).inserted }
            try await store.update(P.Model.self, rows: ids, projector: name, from: checkpoint, through: passed) {
                rows in
                for (id, event) in located { rows.update(id: id) { projector.apply(event, to: $0) } }
            }
        }
    }

    /// The events `projector` maps to a row, each with its row's id, in order.
    private static func locate<P: Projector>(_ events: ArraySlice<RecordedEvent>, by projector: P)
        -> [(id: String, event: RecordedEvent)]
    {
        events.compactMap { event in projector.rowID(for: event).map { ($0, event) } }
    }

    /// Applies `event` (lookup the row, decide the new row, save it with the checkpoint).
    package func apply(_ event: RecordedEvent, to store: any ReadModelStore) async throws {
        try await project(event, store)
    }

    /// Applies `events` in order and moves the checkpoint to `passed` (at least the last event's
    /// position), in one synchronous step of `store`: what `apply(_:to:)` does for each event, without
    /// an `async` call per event.
    package func apply(_ events: ArraySlice<RecordedEvent>, passed: Int64, to store: any SynchronousReadModelStore)
        throws
    {
        try projectBatch(events, passed, store)
    }

    /// Applies `events` (all past `checkpoint`) in order and moves the checkpoint from `checkpoint`
    /// to `passed` (at least the last event's position) in one step of `store`: the rows the events
    /// touch are read at once and written back with the checkpoint in one transaction.
    /// - Throws: `ReadModelError.checkpointMoved` when the stored checkpoint is not `checkpoint`.
    package func apply(
        _ events: ArraySlice<RecordedEvent>, after checkpoint: Int64, passed: Int64, to store: any BatchReadModelStore
    ) async throws {
        try await projectBatchAsync(events, checkpoint, passed, store)
    }

    /// A new fold of this projector's read model in memory, from no rows.
    package func foldInMemory() -> ProjectionFold { makeFold() }

    /// The id of the row `event` changes, `nil` when the projector ignores it. A runner uses it to
    /// skip ignored events (one checkpoint move per batch) and to find the row a command updated.
    package func rowID(for event: RecordedEvent) -> String? { locate(event) }

    /// The row `id` of this projector's table as its GraphQL fields, `nil` when there is none.
    package func row(id: String, in store: any ReadModelStore) async throws -> Value? {
        try await load(id, store)
    }

    /// The row `id` as `events` leave it, folded from nothing through this projector: an as-of
    /// read that stores nothing. Events of other rows are skipped; `events` must be in log order.
    package func row(id: String, foldedFrom events: [RecordedEvent]) -> Value? { fold(id, events) }
}
