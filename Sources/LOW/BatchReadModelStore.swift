/// A read-model store that takes a projector's whole batch of events in one step: it reads the
/// rows the batch touches at once, lets the projector apply the events to them in memory, and
/// writes the rows that changed with the checkpoint in one transaction. A database store does in
/// a few round trips and one commit what `save` per event does in several each.
///
/// A projection runner checks for it (`as? any BatchReadModelStore`) and falls back to `save` per
/// event for any other store.
package protocol BatchReadModelStore: ReadModelStore {
    /// Calls `body` with the rows `ids` of `M`'s table (absent ones are `nil` to it), then stores the
    /// rows `body` changed and moves `projector`'s checkpoint from `checkpoint` to `position`, all
    /// in one step: no reader sees the batch half-way, and a crash keeps all of it or none. Rows
    /// new to the table are created in the order of `ids`. `body` must not call the store.
    /// - Parameter checkpoint: where the caller's events start (the checkpoint it last read or
    ///   wrote); the batch applies only if the stored checkpoint is still there.
    /// - Throws: `ReadModelError.checkpointMoved` when the stored checkpoint is elsewhere (another
    ///   runner of the projector applied events meanwhile): nothing is written.
    func update<M: ReadModel>(
        _ type: M.Type, rows ids: [String], projector: String, from checkpoint: Int64, through position: Int64,
        _ body: (inout any ReadModelRows<M>) -> Void
    ) async throws
}
