package import LOW

extension EventIndex {
    /// Up to `limit` events with a position in `position + 1 ... visible` that `filter` admits, in
    /// position order. A stream or type filter walks that index instead of the whole log; a time
    /// range alone scans, since occurrence times need not follow positions.
    package func read(after position: Int64, limit: Int, filter: EventFilter, visible: Int64) -> [RecordedEvent] {
        let start = Int(max(position, 0))
        let end = Int(min(visible, head))
        guard limit > 0, start < end else { return [] }
        if let streamID = filter.streamID {
            guard let stream = streams[streamID] else { return [] }
            return collect(stream.indices, from: start, to: end, limit: limit, filter: filter)
        }
        if let types = filter.types {
            if types.count == 1, let type = types.first {
                return collect(self.types[type] ?? [], from: start, to: end, limit: limit, filter: filter)
            }
            return collect(merged(types, from: start, to: end, limit: limit, filter: filter), filter: filter)
        }
        if filter.from == nil, filter.to == nil {
            // Nothing to filter: one copy of the range, no per-event check or array growth.
            return Array(events[start..<(start + min(limit, end - start))])
        }
        var out: [RecordedEvent] = []
        out.reserveCapacity(min(limit, end - start))
        var index = start
        while index < end, out.count < limit {
            if filter.admits(events[index]) { out.append(events[index]) }
            index += 1
        }
        return out
    }

    /// The admitted events among `indices` (ascending log indices) in `start..<end`.
    private func collect(_ indices: [Int], from start: Int, to end: Int, limit: Int, filter: EventFilter)
        -> [RecordedEvent]
    {
        var out: [RecordedEvent] = []
        var cursor = Self.firstIndex(in: indices, atLeast: start)
        while cursor < indices.count, indices[cursor] < end, out.count < limit {
            let event = events[indices[cursor]]
            if filter.admits(event) { out.append(event) }
            cursor += 1
        }
        return out
    }

    private func collect(_ indices: [Int], filter: EventFilter) -> [RecordedEvent] {
        indices.map { events[$0] }
    }

    /// The log indices of events of any of `types` in `start..<end` that `filter` admits, merged in
    /// order from the per-type indexes, at most `limit`.
    private func merged(_ types: Set<String>, from start: Int, to end: Int, limit: Int, filter: EventFilter) -> [Int] {
        let lists = types.compactMap { self.types[$0] }
        var cursors = lists.map { Self.firstIndex(in: $0, atLeast: start) }
        var out: [Int] = []
        while out.count < limit {
            var best: (list: Int, index: Int)?
            for (list, cursor) in cursors.enumerated() where cursor < lists[list].count {
                let index = lists[list][cursor]
                if index < end, best.map({ index < $0.index }) ?? true { best = (list, index) }
            }
            guard let (list, index) = best else { break }
            cursors[list] += 1
            if filter.admits(events[index]) { out.append(index) }
        }
        return out
    }

    /// The first offset in ascending `indices` whose value is at least `value` (binary search).
    static func firstIndex(in indices: [Int], atLeast value: Int) -> Int {
        var low = 0
        var high = indices.count
        while low < high {
            let middle = (low + high) / 2
            if indices[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
