/// The port read models live behind: rows per table with a checkpoint per projector.
///
/// Guarantees (checked by `ShellTesting.ReadModelStoreContract`): `save` stores the row and moves
/// the projector's checkpoint in one step; `rows(after:first:)` pages in the order rows were first
/// created; index lookups follow the row's current `indexKeys`.
///
/// A store that several processes share fences its writers: `save` and `advance` move the
/// checkpoint only forward, in the row's transaction, and throw `ReadModelError.checkpointMoved`
/// (writing nothing) when it is already at or past `position`. So two runners of one projector,
/// during the seconds in which both think they own it, never apply an event twice. A store only
/// one process uses (in memory) need not check.
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
    /// The checkpoints of `projectors` (0 for one without any), read together: what a process
    /// that follows projectors other processes own polls while requests wait for them.
    func checkpoints(of projectors: [String]) async throws -> [String: Int64]
}

extension ReadModelStore {
    /// One `checkpoint(of:)` per projector; a database store reads them in one query.
    package func checkpoints(of projectors: [String]) async throws -> [String: Int64] {
        var positions: [String: Int64] = [:]
        for projector in projectors { positions[projector] = try await checkpoint(of: projector) }
        return positions
    }
}
