package import LOW
import Synchronization

/// Read models held in memory: rows per table in creation order, secondary indexes from each row's
/// `indexKeys`, and a checkpoint per projector, all under one lock so a row and its projector's
/// checkpoint move together. Passes `ShellTesting.ReadModelStoreContract`. A projection runner
/// applies whole batches through `update` (`SynchronousReadModelStore`): one lock, no `async` call
/// per event.
package final class InMemoryReadModelStore: SynchronousReadModelStore, SynchronousReadModelReader {
    private struct State: ~Copyable {
        /// Per `M.table`: `ObjectIdentifier(M.self)` and its rows.
        var tables: [String: (model: ObjectIdentifier, table: ReadModelTable)] = [:]
        var checkpoints: [String: Int64] = [:]
    }

    private let state = Mutex(State())

    package init() {}

    package func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M? {
        try rowNow(M.self, id: id)
    }

    package func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M? {
        try rowNow(M.self, index: index, key: key)
    }

    package func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M] {
        try rowsNow(M.self, after: after, first: first)
    }

    package func rowNow<M: ReadModel>(_ type: M.Type, id: String) throws -> M? {
        try state.withLock { state in try Self.table(M.self, in: &state, creating: false)?.row(id: id, as: M.self) }
    }

    package func rowNow<M: ReadModel>(_ type: M.Type, index: String, key: String) throws -> M? {
        try state.withLock { state in
            try Self.table(M.self, in: &state, creating: false)?.row(index: index, key: key, as: M.self)
        }
    }

    package func rowsNow<M: ReadModel>(_ type: M.Type, after: String?, first: Int) throws -> [M] {
        try state.withLock { state in
            try Self.table(M.self, in: &state, creating: false)?.rows(after: after, first: first, as: M.self) ?? []
        }
    }

    package func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64)
        async throws
    {
        try state.withLock { state in
            try Self.table(M.self, in: &state, creating: true)?.save(row, id: id)
            Self.advance(&state.checkpoints[projector, default: 0], to: position)
        }
    }

    package func update<M: ReadModel>(
        _ type: M.Type, projector: String, through position: Int64, _ body: (inout any ReadModelRows<M>) -> Void
    ) throws {
        try state.withLock { state in
            guard let table = try Self.table(M.self, in: &state, creating: true) else { return }
            var rows: any ReadModelRows<M> = TableRows<M>(table: table)
            body(&rows)
            Self.advance(&state.checkpoints[projector, default: 0], to: position)
        }
    }

    package func advance(_ projector: String, to position: Int64) async throws {
        state.withLock { state in Self.advance(&state.checkpoints[projector, default: 0], to: position) }
    }

    package func checkpoint(of projector: String) async throws -> Int64 {
        state.withLock { $0.checkpoints[projector] ?? 0 }
    }

    /// Checkpoints only move forward: a projector re-applying an old event does not move it back.
    private static func advance(_ checkpoint: inout Int64, to position: Int64) {
        if position > checkpoint { checkpoint = position }
    }

    private static func table<M: ReadModel>(_ type: M.Type, in state: inout State, creating: Bool) throws
        -> ReadModelTable?
    {
        guard let existing = state.tables[M.table] else {
            guard creating else { return nil }
            let table = ReadModelTable()
            state.tables[M.table] = (ObjectIdentifier(M.self), table)
            return table
        }
        guard existing.model == ObjectIdentifier(M.self) else {
            throw StoreError.misuse("table \(M.table) holds rows of another model than \(M.self)")
        }
        return existing.table
    }
}

/// One table's rows as `update` hands them to a projector.
private struct TableRows<Model: ReadModel>: ReadModelRows {
    let table: ReadModelTable

    mutating func update(id: String, _ change: (Model?) -> Model?) { table.update(id: id, change) }
}
