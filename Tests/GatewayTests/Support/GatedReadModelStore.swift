import InProcess
import LOW

/// Read models whose writes wait until `open()`: projections stall, so a mutation's projection
/// cannot arrive in time, and nothing depends on how fast a timer fires.
final class GatedReadModelStore: ReadModelStore {
    private let inner = InMemoryReadModelStore()
    private let gate = Gate()

    func open() async { await gate.open() }

    func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M? { try await inner.row(M.self, id: id) }

    func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M? {
        try await inner.row(M.self, index: index, key: key)
    }

    func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M] {
        try await inner.rows(M.self, after: after, first: first)
    }

    func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64) async throws {
        await gate.wait()
        try await inner.save(row, id: id, of: M.self, projector: projector, position: position)
    }

    func advance(_ projector: String, to position: Int64) async throws {
        await gate.wait()
        try await inner.advance(projector, to: position)
    }

    func checkpoint(of projector: String) async throws -> Int64 { try await inner.checkpoint(of: projector) }

    private actor Gate {
        private var isOpen = false
        private var waiters: [CheckedContinuation<Void, Never>] = []

        func wait() async {
            if isOpen { return }
            await withCheckedContinuation { waiters.append($0) }
        }

        func open() {
            isOpen = true
            for waiter in waiters { waiter.resume() }
            waiters = []
        }
    }
}
