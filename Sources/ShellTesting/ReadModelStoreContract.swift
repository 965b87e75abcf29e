package import LOW

/// The guarantees of `LOW.ReadModelStore`, as checks every implementation's tests run (in memory,
/// PostgreSQL). Each takes a fresh, empty store and throws a `ContractViolation` when one fails.
///
/// ```swift
/// @Test(arguments: ReadModelStoreContract.checks.map(\.name))
/// func passesTheReadModelStoreContract(_ name: String) async throws {
///     try await ReadModelStoreContract.run(name, on: InMemoryReadModelStore())
/// }
/// ```
package enum ReadModelStoreContract {
    /// One guarantee: its name (a behaviour sentence) and its check.
    package struct Check: Sendable {
        package var name: String
        package var run: @Sendable (any ReadModelStore) async throws -> Void
    }

    package static let checks: [Check] = [
        Check(name: "anEmptyStoreHasNoRowsAndNoProgress", run: anEmptyStoreHasNoRowsAndNoProgress),
        Check(name: "aSavedRowIsFoundByIdAndByItsCurrentIndexKeys", run: aSavedRowIsFoundByIdAndByItsCurrentIndexKeys),
        Check(name: "savingNilRemovesTheRowAndItsIndexKeys", run: savingNilRemovesTheRowAndItsIndexKeys),
        Check(name: "rowsPageInTheOrderTheyWereCreated", run: rowsPageInTheOrderTheyWereCreated),
        Check(name: "checkpointsMoveWithSavesAndAdvances", run: checkpointsMoveWithSavesAndAdvances),
        Check(name: "tablesKeepTheirRowsApart", run: tablesKeepTheirRowsApart),
    ]

    /// Runs the check `name` on `store`.
    package static func run(_ name: String, on store: any ReadModelStore) async throws {
        guard let check = checks.first(where: { $0.name == name }) else {
            throw ContractViolation(message: "no check named \(name)", line: #line)
        }
        try await check.run(store)
    }

    @Sendable static func anEmptyStoreHasNoRowsAndNoProgress(_ store: any ReadModelStore) async throws {
        try require(try await store.row(ContractRow.self, id: "a") == nil, "no row")
        try require(try await store.row(ContractRow.self, index: "email", key: "a@x.io") == nil, "no indexed row")
        try require(try await store.rows(ContractRow.self, after: nil, first: 10).isEmpty, "no page")
        try require(try await store.checkpoint(of: "p") == 0, "no progress")
    }

    @Sendable static func aSavedRowIsFoundByIdAndByItsCurrentIndexKeys(_ store: any ReadModelStore) async throws {
        let ada = ContractRow(id: "a", name: "Ada", email: "ada@x.io")
        try await store.save(ada, id: "a", of: ContractRow.self, projector: "p", position: 1)
        try require(try await store.row(ContractRow.self, id: "a") == ada, "found by id")
        try require(try await store.row(ContractRow.self, index: "email", key: "ada@x.io") == ada, "found by index")
        try require(
            try await store.row(ContractRow.self, index: "name", key: "Ada") == nil, "an unknown index finds nothing")
        let moved = ContractRow(id: "a", name: "Ada", email: "lovelace@x.io")
        try await store.save(moved, id: "a", of: ContractRow.self, projector: "p", position: 2)
        try require(try await store.row(ContractRow.self, id: "a") == moved, "a save replaces the row")
        try require(try await store.row(ContractRow.self, index: "email", key: "lovelace@x.io") == moved, "new key")
        try require(
            try await store.row(ContractRow.self, index: "email", key: "ada@x.io") == nil, "the old key is gone")
        let unindexed = ContractRow(id: "a", name: "Ada")
        try await store.save(unindexed, id: "a", of: ContractRow.self, projector: "p", position: 3)
        try require(try await store.row(ContractRow.self, index: "email", key: "lovelace@x.io") == nil, "key dropped")
    }

    @Sendable static func savingNilRemovesTheRowAndItsIndexKeys(_ store: any ReadModelStore) async throws {
        try await store.save(
            ContractRow(id: "a", name: "A", email: "a@x.io"), id: "a", of: ContractRow.self, projector: "p", position: 1
        )
        try await store.save(
            ContractRow(id: "b", name: "B"), id: "b", of: ContractRow.self, projector: "p", position: 2)
        try await store.save(nil, id: "a", of: ContractRow.self, projector: "p", position: 3)
        try require(try await store.row(ContractRow.self, id: "a") == nil, "a removed row is gone")
        try require(try await store.row(ContractRow.self, index: "email", key: "a@x.io") == nil, "and its index keys")
        try require(
            try await store.rows(ContractRow.self, after: nil, first: 10).map(\.id) == ["b"], "and its page slot")
        try require(try await store.checkpoint(of: "p") == 3, "a removal moves the checkpoint")
        try await store.save(nil, id: "never", of: ContractRow.self, projector: "p", position: 4)
        try require(try await store.checkpoint(of: "p") == 4, "removing a missing row is progress too")
    }

    @Sendable static func rowsPageInTheOrderTheyWereCreated(_ store: any ReadModelStore) async throws {
        // Ids out of lexical order, so creation order is what is checked.
        let ids = ["m", "c", "x", "a", "q"]
        for (offset, id) in ids.enumerated() {
            try await store.save(
                ContractRow(id: id, name: id), id: id, of: ContractRow.self, projector: "p", position: Int64(offset + 1)
            )
        }
        try await store.save(
            ContractRow(id: "c", name: "C2"), id: "c", of: ContractRow.self, projector: "p", position: 6)
        func page(_ after: String?, _ first: Int) async throws -> [String] {
            try await store.rows(ContractRow.self, after: after, first: first).map(\.id)
        }
        try require(try await page(nil, 10) == ids, "every row in creation order, an update keeping its place")
        try require(try await page(nil, 2) == ["m", "c"], "the first page")
        try require(try await page("c", 2) == ["x", "a"], "the page after a row")
        try require(try await page("q", 2).isEmpty, "nothing after the last row")
        try require(try await page("nobody", 2).isEmpty, "an unknown cursor gives an empty page")
        try require(try await page(nil, 0).isEmpty, "first 0 gives an empty page")
        try require(try await store.rows(ContractRow.self, after: "c", first: 1).first?.name == "x", "rows are current")
    }

    @Sendable static func checkpointsMoveWithSavesAndAdvances(_ store: any ReadModelStore) async throws {
        try await store.save(
            ContractRow(id: "a", name: "A"), id: "a", of: ContractRow.self, projector: "p", position: 7)
        try require(try await store.checkpoint(of: "p") == 7, "a save moves its projector's checkpoint")
        try require(try await store.checkpoint(of: "q") == 0, "and no other's")
        try await store.advance("p", to: 9)
        try require(try await store.checkpoint(of: "p") == 9, "an advance moves it")
        try await store.advance("q", to: 3)
        try require(try await store.checkpoint(of: "q") == 3, "projectors progress apart")
        try require(try await store.checkpoint(of: "p") == 9, "without touching each other")
    }

    @Sendable static func tablesKeepTheirRowsApart(_ store: any ReadModelStore) async throws {
        try await store.save(
            ContractRow(id: "a", name: "A"), id: "a", of: ContractRow.self, projector: "p", position: 1)
        try require(try await store.row(OtherContractRow.self, id: "a") == nil, "a row lives in its own table")
        try await store.save(OtherContractRow(id: "a"), id: "a", of: OtherContractRow.self, projector: "q", position: 1)
        try require(
            try await store.row(OtherContractRow.self, id: "a") == OtherContractRow(id: "a"), "each table has its row")
        try require(try await store.row(ContractRow.self, id: "a")?.name == "A", "the same id in two tables")
    }
}
