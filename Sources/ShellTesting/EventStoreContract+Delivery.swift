import LOW

extension EventStoreContract {
    /// What projectors and process managers rely on: following the head never misses an event,
    /// even while many commits land at once (a database that numbers events before commit can make
    /// a later position visible first; such a store must hold readers back until the gap closes).
    @Sendable static func aReaderFollowingTheHeadNeverSkipsACommittedEvent(_ store: any EventStore) async throws {
        let writers = 16
        let commitsEach = 8
        let expected = writers * commitsEach * 2
        let reader = Task { () async throws -> [RecordedEvent] in
            var seen: [RecordedEvent] = []
            var cursor: Int64 = 0
            while seen.count < expected, !Task.isCancelled {
                // A small page, so the reader interleaves with the writers.
                let page = try await store.read(after: cursor, limit: 7, filter: .all)
                seen += page
                if let last = page.last {
                    cursor = last.position
                } else {
                    try await store.waitForEvents(after: cursor)
                    // A store that fences late commits may wake a reader before they are visible.
                    try? await Task.sleep(for: .milliseconds(1))
                }
            }
            return seen
        }
        let committed = try await withThrowingTaskGroup(of: [RecordedEvent].self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var recorded: [RecordedEvent] = []
                    for n in 0..<commitsEach {
                        recorded += try await store.commit(
                            ContractFixtures.changes(
                                ContractFixtures.command(), [("A", "w\(writer)"), ("B", "w\(writer)-\(n % 3)")]))
                    }
                    return recorded
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        // A reader that skipped an event would wait for it forever: once every commit has returned,
        // a sound store lets it catch up at once.
        let watchdog = Task {
            try await Task.sleep(for: .seconds(5))
            reader.cancel()
        }
        let seen = try await reader.value
        watchdog.cancel()
        try require(seen.count == expected, "the reader saw \(seen.count) of \(expected) committed events")
        try require(isIncreasing(seen.map(\.position)), "the reader saw positions in increasing order")
        try require(Set(seen.map(\.id)) == Set(committed.map(\.id)), "the reader saw exactly the committed events")
        try require(
            Dictionary(grouping: seen, by: \.id).allSatisfy { $0.value.count == 1 }, "the reader saw each event once")
    }
}
