package import LOW
import Synchronization

/// Read models held in memory: rows per table in creation order, secondary indexes from each row's
/// `indexKeys`, and a checkpoint per projector, all under one lock so a row and its projector's
/// checkpoint move together. Passes `ShellTesting.ReadModelStoreContract`.
package final class InMemoryReadModelStore: ReadModelStore {
    private struct State: ~Copyable {
        /// `ReadModelTable<M>` per `M.table`.
        var tables: [String: AnyObject] = [:]
        var checkpoints: [String: Int64] = [:]
    }

    private let state = Mutex(State())

    package init() {}

    package func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M? {
        try state.withLock { state in try Self.table(M.self, in: &state, creating: false)?.row(id: id) }
    }

    package func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M? {
        try state.withLock { state in
            try Self.table(M.self, in: &state, creating: false)?.row(index: index, key: key)
        }
    }

    package func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M] {
        try state.withLock { state in
            try Self.table(M.self, in: &state, creating: false)?.rows(after: after, first: first) ?? []
        }
    }

    package func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64)
        async throws
    {
        try state.withLock { state in
            try Self.table(M.self, in: &state, creating: true)?.save(row, id: id)
            state.checkpoints[projector] = max(state.checkpoints[projector] ?? 0, position)
        }
    }

    package func advance(_ projector: String, to position: Int64) async throws {
        state.withLock { state in state.checkpoints[projector] = max(state.checkpoints[projector] ?? 0, position) }
    }

    package func checkpoint(of projector: String) async throws -> Int64 {
        state.withLock { $0.checkpoints[projector] ?? 0 }
    }

    private static func table<M: ReadModel>(_ type: M.Type, in state: inout State, creating: Bool) throws
        -> ReadModelTable<M>?
    {
        guard let existing = state.tables[M.table] else {
            guard creating else { return nil }
            let table = ReadModelTable<M>()
            state.tables[M.table] = table
            return table
        }
        guard let table = existing as? ReadModelTable<M> else {
            throw StoreError.invalidChangeSet("table \(M.table) holds rows of another model than \(M.self)")
        }
        return table
    }
}
