import LOW

/// One read-model table in memory: rows by id, their creation order for paging, and the secondary
/// indexes their `indexKeys` name. Kept under `InMemoryReadModelStore`'s lock, which also makes
/// sure every row in one table has the same model type.
///
/// Not generic on purpose: the store is called through `any ReadModelStore`, where generic code
/// runs unspecialized and every dictionary operation on a generic row type goes through witness
/// tables and metadata lookups. Rows are kept as existentials and cast back on the way out.
final class ReadModelTable {
    private struct Slot {
        var row: any ReadModel
        /// Where the row sits in `order`.
        var rank: Int
    }

    // Sharded: a table of many rows grows a shard at a time under the store's lock.
    private var slots = ShardedDictionary<String, Slot>()
    /// Ids in creation order; `nil` where a row was removed (a re-created row goes to the end).
    private var order: [String?] = []
    /// Index name → key → row id.
    private var indexes: [String: ShardedDictionary<String, String>] = [:]

    func row<Model: ReadModel>(id: String, as type: Model.Type) -> Model? {
        slots[id].flatMap { Self.cast($0.row, to: Model.self) }
    }

    func row<Model: ReadModel>(index: String, key: String, as type: Model.Type) -> Model? {
        guard let id = indexes[index]?[key] else { return nil }
        return slots[id].flatMap { Self.cast($0.row, to: Model.self) }
    }

    func rows<Model: ReadModel>(after: String?, first: Int, as type: Model.Type) -> [Model] {
        var rank = 0
        if let after {
            guard let slot = slots[after] else { return [] }
            rank = slot.rank + 1
        }
        var page: [Model] = []
        while rank < order.count, page.count < first {
            if let id = order[rank], let slot = slots[id], let row = Self.cast(slot.row, to: Model.self) {
                page.append(row)
            }
            rank += 1
        }
        return page
    }

    func save(_ row: (any ReadModel)?, id: String) {
        let old = slots[id]
        if let old { unindex(old.row.indexKeys, id: id) }
        guard let row else {
            if let old { order[old.rank] = nil }
            slots[id] = nil
            return
        }
        let rank = old?.rank ?? order.count
        if old == nil { order.append(id) }
        slots[id] = Slot(row: row, rank: rank)
        for (index, key) in row.indexKeys { indexes[index, default: ShardedDictionary()][key] = id }
    }

    /// `save(change(row), id:)` without re-indexing a row whose index keys did not change (the common
    /// case when a projector moves a row forward).
    func update<Model: ReadModel>(id: String, _ change: (Model?) -> Model?) {
        guard let old = slots[id]?.row else {
            if let row = change(nil) { save(row, id: id) }
            return
        }
        guard let row = change(Self.cast(old, to: Model.self)) else {
            save(nil, id: id)
            return
        }
        let oldKeys = old.indexKeys
        let keys = row.indexKeys
        slots[id]?.row = row
        if keys != oldKeys { unindex(oldKeys, id: id) }
        for (index, key) in keys { indexes[index, default: ShardedDictionary()][key] = id }
    }

    /// `row` as `Model`, `nil` when it is another model. The store keeps one model per table, so
    /// this compares the row's type with `Model` and reinterprets it, cheaper than `as?`, which
    /// goes through the runtime's general cast for an existential.
    private static func cast<Model: ReadModel>(_ row: any ReadModel, to type: Model.Type) -> Model? {
        func open<Row: ReadModel>(_ row: Row) -> Model? {
            Row.self == Model.self ? unsafeBitCast(row, to: Model.self) : nil
        }
        return open(row)
    }

    private func unindex(_ keys: [String: String], id: String) {
        for (index, key) in keys where indexes[index]?[key] == id { indexes[index]?[key] = nil }
    }
}
