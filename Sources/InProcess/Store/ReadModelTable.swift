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

    private var slots: [String: Slot] = [:]
    /// Ids in creation order; `nil` where a row was removed (a re-created row goes to the end).
    private var order: [String?] = []
    /// Index name → key → row id.
    private var indexes: [String: [String: String]] = [:]

    func row<Model: ReadModel>(id: String, as type: Model.Type) -> Model? { slots[id]?.row as? Model }

    func row<Model: ReadModel>(index: String, key: String, as type: Model.Type) -> Model? {
        guard let id = indexes[index]?[key] else { return nil }
        return slots[id]?.row as? Model
    }

    func rows<Model: ReadModel>(after: String?, first: Int, as type: Model.Type) -> [Model] {
        var rank = 0
        if let after {
            guard let slot = slots[after] else { return [] }
            rank = slot.rank + 1
        }
        var page: [Model] = []
        while rank < order.count, page.count < first {
            if let id = order[rank], let row = slots[id]?.row as? Model { page.append(row) }
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
        for (index, key) in row.indexKeys { indexes[index, default: [:]][key] = id }
    }

    /// `save(change(row), id:)` with one lookup of `id` for a row that exists (the common case when
    /// a projector moves a row forward).
    func update<Model: ReadModel>(id: String, _ change: (Model?) -> Model?) {
        guard let found = slots.index(forKey: id) else {
            if let row = change(nil) { save(row, id: id) }
            return
        }
        let old = slots.values[found].row
        guard let row = change(old as? Model) else {
            save(nil, id: id)
            return
        }
        let oldKeys = old.indexKeys
        let keys = row.indexKeys
        slots.values[found].row = row
        if keys != oldKeys { unindex(oldKeys, id: id) }
        for (index, key) in keys { indexes[index, default: [:]][key] = id }
    }

    private func unindex(_ keys: [String: String], id: String) {
        for (index, key) in keys where indexes[index]?[key] == id { indexes[index]?[key] = nil }
    }
}
