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
        try require(try await positions(.all) == [1, 2, 3, 4, 5, 6], "everything in position order")
        try require(try await positions(after: 2, limit: 3, .all) == [3, 4, 5], "after a position, up to a limit")
        try require(try await positions(after: 6, .all).isEmpty, "nothing after the head")
        try require(try await positions(limit: 0, .all).isEmpty, "a limit of 0 reads nothing")
        try require(try await positions(EventFilter(streamID: "s1")) == [1, 4, 5], "by stream")
        try require(try await positions(after: 1, limit: 1, EventFilter(streamID: "s1")) == [4], "by stream, paged")
        try require(try await positions(EventFilter(streamID: "none")).isEmpty, "an unknown stream reads nothing")
        try require(try await positions(EventFilter(types: ["A"])) == [1, 3, 6], "by one type")
        try require(try await positions(EventFilter(types: ["A", "B"])) == [1, 2, 3, 5, 6], "by several types")
        try require(try await positions(after: 2, limit: 2, EventFilter(types: ["A", "B"])) == [3, 5], "types, paged")
        try require(try await positions(EventFilter(types: ["Z"])).isEmpty, "an unknown type reads nothing")
        let from = Timestamp(microseconds: ContractFixtures.epoch.microseconds + 20_000_000)
        let to = Timestamp(microseconds: ContractFixtures.epoch.microseconds + 40_000_000)
        try require(try await positions(EventFilter(from: from, to: to)) == [2, 3], "from inclusive, to exclusive")
        try require(
            try await positions(EventFilter(streamID: "s2", types: ["A"], from: from)) == [3], "filters combine")
        try require(try await positions(EventFilter(streamID: "s1", types: ["B"])) == [5], "stream and type combine")
        try require(try await store.read(after: 0, limit: 100, filter: .all) == all, "reads give the recorded events")
    }

    @Sendable static func loadFoldsTheStreamAsItGrows(_ store: any EventStore) async throws {
        let empty = try await store.load(PositionsAggregate.self, stream: "s")
        try require(empty.version == 0 && !empty.exists && empty.state.positions.isEmpty, "an empty stream loads empty")
        try await ContractFixtures.append(store, stream: "s")
        try await ContractFixtures.append(store, stream: "t")
        try await ContractFixtures.append(store, stream: "s")
        let two = try await store.load(PositionsAggregate.self, stream: "s")
        try require(two.version == 2 && two.state.positions == [1, 3], "load folds the stream: \(two.state.positions)")
        try await ContractFixtures.append(store, stream: "s")
        let three = try await store.load(PositionsAggregate.self, stream: "s")
        try require(three.version == 3 && three.state.positions == [1, 3, 4], "a later load sees the new events")
        let other = try await store.load(PositionsAggregate.self, stream: "t")
        try require(other.version == 1 && other.state.positions == [2], "streams fold apart")
    }

    @Sendable static func concurrentCommitsKeepPositionsDenseAndVersionsExclusive(_ store: any EventStore) async throws
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
        try require(
            all.map(\.position) == (1...Int64(writers + 1)).map { $0 }, "positions stay dense under concurrency")
        try require(Set(all.map(\.id)).count == all.count, "no event is stored twice")
        try require(await store.head() == Int64(writers + 1), "the head counts every event")
    }

    @Sendable static func waitForEventsReturnsOnceTheHeadPassesOrWhenCancelled(_ store: any EventStore) async throws {
        try await ContractFixtures.append(store, stream: "s")
        await store.waitForEvents(after: 0)  // already past: returns at once
        let woke = Flag()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                await store.waitForEvents(after: 1)
                woke.raise()
            }
            try await Task.sleep(for: .milliseconds(50))
            try require(!woke.isRaised, "a waiter waits while the head is not past")
            try await ContractFixtures.append(store, stream: "s")
            try await group.waitForAll()
        }
        try require(woke.isRaised, "a commit wakes the waiter")
        let cancelled = Task { await store.waitForEvents(after: 1_000) }
        try await Task.sleep(for: .milliseconds(10))
        cancelled.cancel()
        await cancelled.value
        let cancelledEarly = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            await store.waitForEvents(after: 1_000)
        }
        await cancelledEarly.value
    }
}

/// A flag one task raises and another reads.
final class Flag: Sendable {
    private let raised = Atomic<Bool>(false)
    func raise() { raised.store(true, ordering: .sequentiallyConsistent) }
    var isRaised: Bool { raised.load(ordering: .sequentiallyConsistent) }
}
