import LOW
import Runtime
import TestSupport
import Testing

/// The runtime starts the stores it runs over, once, before it reads them (`Lifecycle.start`).
@Suite(.exclusive)
struct CatalogRuntimeLifecycleTests {
    /// A read-model store whose start fails: the runtime must not run over it.
    struct UnstartableStore: ReadModelStore {
        struct Refused: Error {}
        let base = TestReadModelStore()
        func start() async throws { throw Refused() }
        func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M? { try await base.row(type, id: id) }
        func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M? {
            try await base.row(type, index: index, key: key)
        }
        func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M] {
            try await base.rows(type, after: after, first: first)
        }
        func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64)
            async throws
        { try await base.save(row, id: id, of: type, projector: projector, position: position) }
        func advance(_ projector: String, to position: Int64) async throws {
            try await base.advance(projector, to: position)
        }
        func checkpoint(of projector: String) async throws -> Int64 { try await base.checkpoint(of: projector) }
    }

    @Test func runStartsTheStoresOnceBeforeItIsReady() async throws {
        let readModels = TestReadModelStore()
        let runtime = CatalogRuntime(catalog: TestDomain.catalog, events: TestEventStore(), readModels: readModels)
        #expect(readModels.starts == 0)
        let running = Task { try await runtime.run() }
        try await runtime.waitUntilReady()
        #expect(readModels.starts == 1)
        runtime.shutdown()
        try await running.value
        #expect(readModels.starts == 1)
    }

    @Test func aStoreThatCannotStartEndsTheRunWithItsErrorAndNeverReady() async throws {
        let runtime = CatalogRuntime(
            catalog: TestDomain.catalog, events: TestEventStore(), readModels: UnstartableStore())
        await #expect(throws: UnstartableStore.Refused.self) { try await runtime.run() }
        #expect(!runtime.isReady)
    }
}
