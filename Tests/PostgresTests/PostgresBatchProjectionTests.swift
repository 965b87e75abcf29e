import LOW
import Postgres
import ShellTesting
import Testing

/// A projector's batch in one transaction (`BatchReadModelStore`): rows read at once, changed in
/// memory, written back with the checkpoint; a batch the checkpoint has passed writes nothing.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresBatchProjectionTests {
    @Test func aBatchCreatesChangesAndRemovesRowsWithTheirKeysAndMovesTheCheckpoint() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresReadModelStoreTests.store(in: schema)
            let gone = ContractRow(id: "z", name: "Zed", email: "zed@x.io")
            try await store.save(gone, id: "z", of: ContractRow.self, projector: "p", position: 1)
            try await store.update(ContractRow.self, rows: ["b", "a", "z"], projector: "p", from: 1, through: 5) {
                rows in
                rows.update(id: "b") { _ in ContractRow(id: "b", name: "Bob", email: "bob@x.io") }
                rows.update(id: "a") { _ in ContractRow(id: "a", name: "Ada", email: "ada@x.io") }
                rows.update(id: "a") { ContractRow(id: "a", name: ($0?.name ?? "") + " L.", email: "al@x.io") }
                rows.update(id: "z") { _ in nil }
            }
            // Created in the order of first appearance, the later change of a row winning.
            #expect(try await store.rows(ContractRow.self, after: nil, first: 10).map(\.id) == ["b", "a"])
            #expect(try await store.row(ContractRow.self, id: "a")?.name == "Ada L.")
            #expect(try await store.row(ContractRow.self, index: "email", key: "al@x.io")?.id == "a")
            #expect(try await store.row(ContractRow.self, index: "email", key: "ada@x.io") == nil)
            #expect(try await store.row(ContractRow.self, id: "z") == nil)
            #expect(try await store.row(ContractRow.self, index: "email", key: "zed@x.io") == nil)
            #expect(try await store.checkpoint(of: "p") == 5)
            await store.pool.close()
        }
    }

    @Test func aBatchFromAnotherCheckpointThanTheStoredOneWritesNothing() async throws {
        try await TestDatabase.withSchema { schema in
            let store = try await PostgresReadModelStoreTests.store(in: schema)
            let ada = ContractRow(id: "a", name: "Ada", email: "ada@x.io")
            try await store.update(ContractRow.self, rows: ["a"], projector: "p", from: 0, through: 7) { rows in
                rows.update(id: "a") { _ in ada }
            }
            // A second runner of the same projector that last saw 3: its batch would apply
            // events 4 to 7 twice.
            await #expect(throws: ReadModelError.checkpointMoved(projector: "p", position: 9)) {
                try await store.update(ContractRow.self, rows: ["a"], projector: "p", from: 3, through: 9) { rows in
                    rows.update(id: "a") { _ in ContractRow(id: "a", name: "Twice", email: "t@x.io") }
                }
            }
            #expect(try await store.row(ContractRow.self, id: "a") == ada)
            #expect(try await store.checkpoint(of: "p") == 7)
            await store.pool.close()
        }
    }

    @Test func twoRunnersOfOneProjectorAtOnceApplyEachBatchOnce() async throws {
        try await TestDatabase.withSchema { schema in
            let first = try await PostgresReadModelStoreTests.store(in: schema)
            let second = try await PostgresReadModelStoreTests.store(in: schema)
            // Both runners follow one log of 50 events, in batches of 1 to 3 from their own
            // checkpoint, adding to a counter kept in the name one per event.
            func run(_ store: PostgresReadModelStore) async throws {
                var checkpoint: Int64 = 0
                while checkpoint < 50 {
                    let through = min(checkpoint + Int64.random(in: 1...3), 50)
                    let count = through - checkpoint
                    do {
                        try await store.update(
                            ContractRow.self, rows: ["c"], projector: "p", from: checkpoint, through: through
                        ) { rows in
                            rows.update(id: "c") {
                                ContractRow(
                                    id: "c", name: String((Int64($0?.name ?? "0") ?? 0) + count), email: "c@x.io")
                            }
                        }
                        checkpoint = through
                    } catch ReadModelError.checkpointMoved {
                        checkpoint = try await store.checkpoint(of: "p")
                    }
                }
            }
            async let a: Void = run(first)
            async let b: Void = run(second)
            _ = try await (a, b)
            #expect(try await first.row(ContractRow.self, id: "c")?.name == "50")
            await first.pool.close()
            await second.pool.close()
        }
    }
}
