/// The port read models live behind: rows per table with a checkpoint per projector.
///
/// Guarantees (checked by `ShellTesting.ReadModelStoreContract`): `save` stores the row and moves
/// the projector's checkpoint in one step; `rows(after:first:)` pages in the order rows were first
/// created; index lookups follow the row's current `indexKeys`.
package protocol ReadModelStore: Lifecycle {
    func row<M: ReadModel>(_ type: M.Type, id: String) async throws -> M?
    func row<M: ReadModel>(_ type: M.Type, index: String, key: String) async throws -> M?
    /// Up to `first` rows created after the row `after` (from the first row when `nil`), in creation
    /// order. An `after` that names no row gives an empty page.
    func rows<M: ReadModel>(_ type: M.Type, after: String?, first: Int) async throws -> [M]
    /// Stores `row` under `id` (removes it when `nil`) and records that `projector` has applied every
    /// event up to `position`.
    func save<M: ReadModel>(_ row: M?, id: String, of type: M.Type, projector: String, position: Int64)
        async throws
    /// Records progress over events that changed no row of `projector`.
    func advance(_ projector: String, to position: Int64) async throws
    /// The position of the last event `projector` applied (0: none).
    func checkpoint(of projector: String) async throws -> Int64
}
