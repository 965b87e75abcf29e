import LOW
import Synchronization

extension EventStoreContract {
    @Sendable static func readsFilterByStreamTypeTimeAndPosition(_ store: any EventStore) async throws {
        // Times go back and forth so a time range is not a position range.
        let layout: [(type: String, stream: String, seconds: Int64)] = [
            ("A", "s1", 10), ("B", "s2", 30), ("A", "s2", 20), ("C", "s1", 40), ("B", "s1", 10), ("A", "s3", 50),
        ]
        var all: [RecordedEvent] = []
        for entry in layout {
            all.append(
                try await ContractFixtures.append(store, type: entry.type, stream: entry.stream, seconds: entry.seconds)
            )
        }
        func positions(after: Int64 = 0, limit: Int = 100, _ filter: EventFilter) async throws -> [Int64] {
            try await store.read(after: after, limit: limit, filter: filter).map(\.position)
        }
        // Positions may have gaps (a database sequence skips what a rolled-back transaction took):
        // every expectation names the recorded events' own positions.
        let p = all.map(\.position)
        try require(try await positions(.all) == p, "everything in position order")
        try require(
            try await positions(after: p[1], limit: 3, .all) == [p[2], p[3], p[4]], "after a position, up to a limit")
        try require(try await positions(after: p[5], .all).isEmpty, "nothing after the head")
        try require(try await positions(limit: 0, .all).isEmpty, "a limit of 0 reads nothing")
        try require(try await positions(EventFilter(streamID: "s1")) == [p[0], p[3], p[4]], "by stream")
        try require(
            try await positions(after: p[0], limit: 1, EventFilter(streamID: "s1")) == [p[3]], "by stream, paged")
        try require(try await positions(EventFilter(streamID: "none")).isEmpty, "an unknown stream reads nothing")
        try require(try await positions(EventFilter(types: ["A"])) == [p[0], p[2], p[5]], "by one type")
        try require(
            try await positions(EventFilter(types: ["A", "B"])) == [p[0], p[1], p[2], p[4], p[5]], "by several types")
        try require(
            try await positions(after: p[1], limit: 2, EventFilter(types: ["A", "B"])) == [p[2], p[4]], "types, paged")
        try require(try await positions(EventFilter(types: ["Z"])).isEmpty, "an unknown type reads nothing")
        let from = Timestamp(microseconds: ContractFixtures.epoch.microseconds + 20_000_000)
        let to = Timestamp(microseconds: ContractFixtures.epoch.microseconds + 40_000_000)
        try require(
            try await positions(EventFilter(from: from, to: to)) == [p[1], p[2]], "from inclusive, to exclusive")
        try require(
            try await positions(EventFilter(streamID: "s2", types: ["A"], from: from)) == [p[2]], "filters combine")
        try require(try await positions(EventFilter(streamID: "s1", types: ["B"])) == [p[4]], "stream and type combine")
        try require(try await store.read(after: 0, limit: 100, filter: .all) == all, "reads give the recorded events")
    }

    @Sendable static func loadFoldsTheStreamAsItGrows(_ store: any EventStore) async throws {
        let empty = try await store.load(PositionsAggregate.self, stream: "s")
        try require(empty.version == 0 && !empty.exists && empty.state.positions.isEmpty, "an empty stream loads empty")
        let s1 = try await ContractFixtures.append(store, stream: "s")
        let t1 = try await ContractFixtures.append(store, stream: "t")
        let s2 = try await ContractFixtures.append(store, stream: "s")
        let two = try await store.load(PositionsAggregate.self, stream: "s")
        try require(
            two.version == 2 && two.state.positions == [s1.position, s2.position],
            "load folds the stream: \(two.state.positions)")
        let s3 = try await ContractFixtures.append(store, stream: "s")
        let three = try await store.load(PositionsAggregate.self, stream: "s")
        try require(
            three.version == 3 && three.state.positions == [s1.position, s2.position, s3.position],
            "a later load sees the new events")
        let other = try await store.load(PositionsAggregate.self, stream: "t")
        try require(other.version == 1 && other.state.positions == [t1.position], "streams fold apart")
    }

    @Sendable static func concurrentCommitsKeepPositionsOrderedAndVersionsExclusive(_ store: any EventStore)
        async throws
    {
        let writers = 32
        let wins = try await withThrowingTaskGroup(of: Bool.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    try await ContractFixtures.append(store, stream: "own-\(writer)")
                    // Every writer claims version 1 of the shared stream: exactly one may win it.
                    let race = ContractFixtures.changes(
                        ContractFixtures.command(), [("Won", "shared")], expecting: ["shared": .exactly(0)])
                    do {
                        _ = try await store.commit(race)
                        return true
                    } catch CommitError.conflict {
                        return false
                    }
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        try require(wins == 1, "exactly one writer wins a version, \(wins) did")
        let all = try await store.read(after: 0, limit: 1000, filter: .all)
        try require(all.count == writers + 1, "every accepted event is stored: \(all.count)")
        try require(isIncreasing(all.map(\.position)), "positions increase under concurrency")
        try require(Set(all.map(\.id)).count == all.count, "no event is stored twice")
        try require(await store.head() == all.last?.position, "the head is the last position")
    }

    @Sendable static func waitForEventsReturnsOnceTheHeadPassesOrWhenCancelled(_ store: any EventStore) async throws {
        let first = try await ContractFixtures.append(store, stream: "s")
        try await store.waitForEvents(after: 0)  // already past: returns at once
        let woke = Flag()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await store.waitForEvents(after: first.position)
                woke.raise()
            }
            try await Task.sleep(for: .milliseconds(50))
            try require(!woke.isRaised, "a waiter waits while the head is not past")
            try await ContractFixtures.append(store, stream: "s")
            try await group.waitForAll()
        }
        try require(woke.isRaised, "a commit wakes the waiter")
        let cancelled = Task { try await store.waitForEvents(after: Int64.max - 1) }
        try await Task.sleep(for: .milliseconds(10))
        cancelled.cancel()
        try await cancelled.value
        let cancelledEarly = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            try await store.waitForEvents(after: Int64.max - 1)
        }
        try await cancelledEarly.value
    }
}

/// A flag one task raises and another reads.
final class Flag: Sendable {
    private let raised = Atomic<Bool>(false)
    func raise() { raised.store(true, ordering: .sequentiallyConsistent) }
    var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }
}
