/// A read-model store that can apply a batch of rows synchronously, in one step: a store held in
/// memory, where an `async` call per event would cost more than the work it does.
///
/// A projection runner checks for it (`as? any SynchronousReadModelStore`) and falls back to the
/// one-event-at-a-time `ReadModelStore` calls for any other store.
package protocol SynchronousReadModelStore: ReadModelStore {
    /// Calls `body` with the rows of `M`'s table, then records that `projector` has applied every
    /// event up to `position`; the rows `body` saved and the checkpoint move together, and no reader
    /// sees the rows half-way. `body` must not call the store.
    /// - Throws: what the store's `save` throws for `M` (e.g. the table holds another model).
    func update<M: ReadModel>(
        _ type: M.Type, projector: String, through position: Int64, _ body: (inout any ReadModelRows<M>) -> Void)
        throws
}

/// The rows of one read-model table while `SynchronousReadModelStore.update` runs.
package protocol ReadModelRows<Model> {
    associatedtype Model: ReadModel
    /// Replaces the row `id` with what `change` makes of it: `change` gets the row (`nil` when there
    /// is none) and returns the new one (`nil` removes it). The row is looked up once.
    mutating func update(id: String, _ change: (Model?) -> Model?)
}

/// A read-model store that can answer reads synchronously: a store held in memory, where a query
/// needs no `await` (the gateway answers such queries on the event-loop thread).
///
/// The answers are those of `ReadModelStore`'s async reads, checked by the same contract.
package protocol SynchronousReadModelReader: ReadModelStore {
    /// The row `id` of `M`'s table, `nil` when there is none (`row(_:id:)` without `await`).
    func rowNow<M: ReadModel>(_ type: M.Type, id: String) throws -> M?
    /// The row whose `indexKeys[index]` is `key` (`row(_:index:key:)` without `await`).
    func rowNow<M: ReadModel>(_ type: M.Type, index: String, key: String) throws -> M?
    /// Up to `first` rows created after the row `after` (`rows(_:after:first:)` without `await`).
    func rowsNow<M: ReadModel>(_ type: M.Type, after: String?, first: Int) throws -> [M]
}
