import LOW
import Runtime
import TestSupport
import Testing

/// A failing event store or read-model store (a lost database connection) neither loses a command
/// nor stops the runtime: the bus and the runners retry, count the failures, and the runtime is
/// not ready meanwhile.
@Suite(.exclusive)
struct StoreFailureTests {
    let events = FailingEventStore()
    let readModels = TestReadModelStore()

    @Test func aProcessManagersCommandWhoseCommitFailsTwiceStillLands() async throws {
        events.failCommits(of: "Finish", times: 2)
        let shell = CatalogRuntime(catalog: TestDomain.catalog, events: events, readModels: readModels)
        let run = Task { try await shell.run() }
        let result = try await shell.submit(TestDomain.envelope("Start", ["job": "j1"]), timeout: .seconds(5))
        #expect(result.row == ["id": "j1", "status": "finished"])
        #expect(!result.isPending)
        #expect(shell.storeFailures == 2)
        #expect(!shell.isStoreFailing)
        shell.shutdown()
        try await run.value
    }

    @Test func aProjectorWhoseReadsFailCatchesUpAfterwardsAndTheRuntimeKeepsRunning() async throws {
        let shell = CatalogRuntime(catalog: TestDomain.catalog, events: events, readModels: readModels)
        let run = Task { try await shell.run() }
        #expect(await shell.waitUntilReady(timeout: .seconds(5)))
        #expect(shell.storeFailures == 0)

        events.readsFail = true
        let first = try await shell.submit(TestDomain.add("c1", 2), timeout: .milliseconds(50))
        #expect(first.isPending, "the projectors cannot read the log")
        #expect(try await eventually { shell.isStoreFailing })
        #expect(!shell.isReady)
        #expect(await !shell.waitUntilReady(timeout: .milliseconds(50)), "not ready while the store fails")
        #expect(shell.storeFailures > 1, "the runners keep trying")

        events.readsFail = false
        #expect(await shell.waitUntilReady(timeout: .seconds(5)))
        #expect(shell.isReady)
        #expect(!shell.isStoreFailing)
        #expect(try await readModels.row(Counter.self, id: "c1")?.total == 2)
        let second = try await shell.submit(TestDomain.add("c1", 3), timeout: .seconds(5))
        #expect(second.row == ["id": "c1", "total": 5], "the runtime still runs")
        shell.shutdown()
        try await run.value
    }

    @Test func aReadModelStoreThatFailsIsRetriedAndTheRuntimeKeepsRunning() async throws {
        let shell = CatalogRuntime(catalog: TestDomain.catalog, events: events, readModels: readModels)
        let run = Task { try await shell.run() }
        #expect(await shell.waitUntilReady(timeout: .seconds(5)))

        readModels.writesFail = true
        let first = try await shell.submit(TestDomain.add("c1", 2), timeout: .milliseconds(50))
        #expect(first.isPending, "the projector cannot write")
        #expect(try await eventually { shell.isStoreFailing })
        #expect(!shell.isReady)
        #expect(shell.storeFailures > 0)

        readModels.writesFail = false
        #expect(await shell.waitUntilReady(timeout: .seconds(5)))
        #expect(!shell.isStoreFailing)
        #expect(try await readModels.row(Counter.self, id: "c1")?.total == 2, "applied once, after the retries")
        let second = try await shell.submit(TestDomain.add("c1", 3), timeout: .seconds(5))
        #expect(second.row == ["id": "c1", "total": 5], "the runtime still runs")
        shell.shutdown()
        try await run.value
    }

    @Test func aFollowerThatFailedStopsCountingAsFailingOnceItFollowsNothing() async throws {
        let health = StoreHealth()
        let follower = CheckpointFollower(
            readModels: readModels, pollInterval: .milliseconds(1), idleInterval: .milliseconds(1), health: health)
        let board = ProgressBoard(participants: ["p"])
        let running = Task { await follower.run() }
        readModels.writesFail = true
        follower.follow(["p"], on: board)
        #expect(try await eventually { health.isFailing }, "the checkpoint reads fail")
        // This process took the runner over (its lease came back before the store did).
        follower.unfollow(["p"])
        #expect(try await eventually { !health.isFailing }, "following nothing, nothing fails")
        running.cancel()
        await running.value
    }

    /// Whether `condition` holds within `timeout`, checking every millisecond.
    private func eventually(timeout: Duration = .seconds(5), _ condition: () -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition() {
            guard ContinuousClock.now < deadline else { return false }
            try await Task.sleep(for: .milliseconds(1))
        }
        return true
    }
}
