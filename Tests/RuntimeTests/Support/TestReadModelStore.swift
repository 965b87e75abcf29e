import LOW
import Synchronization

/// A small read-model store for the runtime's tests: rows as values per table, checkpoints per
/// projector, and a count of saves so a test can see what a runner wrote.
final class TestReadModelStore: ReadModelStore {
    private struct State {
        var tables: [String: [String: Value]] = [:]
        var order: [String: [String]] = [:]
        var checkpoints: [String: Int64] = [:]
        var saves = 0
        var starts = 0
        var writesFail = false
    }

    /// The store's failure while writes fail, as a lost database connection is.
    struct WriteFailed: Error {}

    private let state = Mutex(State())

    var saves: Int { state.withLock { $0.saves } }

    /// While true, `save`, `advance` and `checkpoint` throw `WriteFailed` and write nothing.
    var writesFail: Bool {
        get { state.withLock { $0.writesFail } }
        set { state.withLock { $0.writesFail = newValue } }
    }

    /// How many times `start()` ran.
    var starts: Int { state.withLock { $0.starts } }

    func start() async throws { state.withLock { $0.starts += 1 } }

    func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M? {
        guard let value = state.withLock({ $0.tables[M.table]?[id] }) else { return nil }
        return try M(value: value)
    }

    func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M? {
        let values = state.withLock { Array(($0.tables[M.table] ?? [:]).values) }
        return try values.map { value throws -> M in try M(value: value) }.first { $0.indexKeys[index] == key }
    }

    func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M] {
        let values: [Value] = state.withLock { state in
            let ids = state.order[M.table] ?? []
            let start = after.map { id in (ids.firstIndex(of: id) ?? ids.count - 1) + 1 } ?? 0
            return ids[min(start, ids.count)...].prefix(first).compactMap { state.tables[M.table]?[$0] }
        }
        return try values.map { value throws -> M in try M(value: value) }
    }

    func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64) async throws {
        try state.withLock { state in
            if state.writesFail { throw WriteFailed() }
            if state.tables[M.table]?[id] == nil, row != nil { state.order[M.table, default: []].append(id) }
            state.tables[M.table, default: [:]][id] = row?.value
            state.checkpoints[projector] = position
            state.saves += 1
        }
    }

    func advance(_ projector: String, to position: Int64) async throws {
        try state.withLock { state in
            if state.writesFail { throw WriteFailed() }
            state.checkpoints[projector] = position
        }
    }

    func checkpoint(of projector: String) async throws -> Int64 {
        try state.withLock { state in
            if state.writesFail { throw WriteFailed() }
            return state.checkpoints[projector] ?? 0
        }
    }
}
