import LOW

/// One read-model table in memory: rows by id, their creation order for paging, and the secondary
/// indexes their `indexKeys` name. Kept under `InMemoryReadModelStore`'s lock.
final class ReadModelTable<Model: ReadModel> {
    private struct Slot {
        var row: Model
        /// Where the row sits in `order`.
        var rank: Int
    }

    private var slots: [String: Slot] = [:]
    /// Ids in creation order; `nil` where a row was removed (a re-created row goes to the end).
    private var order: [String?] = []
    /// Index name → key → row id.
    private var indexes: [String: [String: String]] = [:]

    func row(id: String) -> Model? { slots[id]?.row }

    func row(index: String, key: String) -> Model? {
        guard let id = indexes[index]?[key] else { return nil }
        return slots[id]?.row
    }

    func rows(after: String?, first: Int) -> [Model] {
        var rank = 0
        if let after {
            guard let slot = slots[after] else { return [] }
            rank = slot.rank + 1
        }
        var page: [Model] = []
        while rank < order.count, page.count < first {
            if let id = order[rank], let slot = slots[id] { page.append(slot.row) }
            rank += 1
        }
        return page
    }

    func save(_ row: Model?, id: String) {
        let old = slots[id]
        if let old { unindex(old.row, id: id) }
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

    private func unindex(_ row: Model, id: String) {
        for (index, key) in row.indexKeys where indexes[index]?[key] == id { indexes[index]?[key] = nil }
    }
}
