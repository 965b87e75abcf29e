import LOW
import ShellTesting
import Testing

@testable import Postgres

/// A stream's fold kept in one process stays true when another process appends to the stream.
@Suite(.tags(.postgres), TestDatabase.enabled)
struct PostgresStreamSnapshotTests {
    /// The versions and types of a stream's events, in order: what a fold from the first one gives.
    struct History: Aggregate {
        var seen: [String] = []
        mutating func apply(_ event: RecordedEvent) { seen.append("\(event.streamVersion):\(event.type)") }
    }

    @Test func aLoadFoldsWhatAnotherProcessAppendedOnTopOfTheKeptFold() async throws {
        try await TestDatabase.withSchema { schema in
            let here = try await PostgresEventStoreTests.store(in: schema)
            let elsewhere = try await PostgresEventStoreTests.store(in: schema)
            _ = try await ContractFixtures.append(here, type: "Opened", stream: "s")
            _ = try await ContractFixtures.append(here, type: "Deposited", stream: "s")
            let first = try await here.load(History.self, stream: "s")
            #expect(first.version == 2 && first.state.seen == ["1:Opened", "2:Deposited"])
            _ = try await ContractFixtures.append(elsewhere, type: "Withdrawn", stream: "s")
            let second = try await here.load(History.self, stream: "s")
            #expect(second.version == 3)
            #expect(
                second.state.seen == ["1:Opened", "2:Deposited", "3:Withdrawn"], "the kept fold plus what followed")
            let fresh = try await elsewhere.load(History.self, stream: "s")
            #expect(fresh.state.seen == second.state.seen, "equal to a fold from the first event")
            #expect(try await here.load(History.self, stream: "none").version == 0)
            await here.pool.close()
            await elsewhere.pool.close()
        }
    }

    @Test func keepsOnlyTheLatestFoldAndDropsAllWhenFull() {
        let snapshots = StreamSnapshots(capacity: 2)
        snapshots.keep(Loaded(state: History(seen: ["1:A", "2:B"]), version: 2), stream: "s")
        snapshots.keep(Loaded(state: History(seen: ["1:A"]), version: 1), stream: "s")
        #expect(snapshots.snapshot(History.self, stream: "s")?.version == 2, "an older fold never replaces a newer one")
        snapshots.keep(Loaded(state: History(seen: ["1:A"]), version: 1), stream: "t")
        snapshots.keep(Loaded(state: History(seen: ["1:A"]), version: 1), stream: "u")
        #expect(snapshots.snapshot(History.self, stream: "s") == nil, "past the capacity the cache starts again")
        #expect(snapshots.snapshot(History.self, stream: "u")?.version == 1)
    }
}
