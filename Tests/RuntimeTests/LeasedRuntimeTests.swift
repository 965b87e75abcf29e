import LOW
import Runtime
import Synchronization
import TestSupport
import Testing

/// Two runtimes on shared stores, as two processes on one database: the lease holder projects,
/// the other follows its checkpoints.
@Suite(.exclusive)
struct LeasedRuntimeTests {
    let events = TestEventStore()
    let readModels = TestReadModelStore()
    let registry = LeaseRegistry()
    static let runners: Set<String> = ["counter-projector", "job-projector", "job-process"]

    func runtime(_ leases: LocalLeases) -> CatalogRuntime {
        var configuration = CatalogRuntime.Configuration()
        configuration.leaseRetryInterval = .milliseconds(20)
        return CatalogRuntime(
            catalog: TestDomain.catalog, events: events, readModels: readModels, leases: leases,
            configuration: configuration)
    }

    func eventually(_ condition: () -> Bool) async throws -> Bool {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(10)) }
        return condition()
    }

    @Test func theRunnersAreNamedAsTheTestAssumes() {
        let names =
            TestDomain.catalog.projectors.map(\.meta.name)
            + TestDomain.catalog.processManagers.map { type(of: $0).meta.name }
        #expect(Set(names) == Self.runners)
    }

    @Test func aRuntimeThatOwnsNothingAnswersWithTheRowItsOwnerProjected() async throws {
        let owner = runtime(LocalLeases(registry))
        let ownerRun = Task { try await owner.run() }
        try await owner.waitUntilReady()
        #expect(try await eventually { owner.followedRunners.isEmpty })
        let follower = runtime(LocalLeases(registry))
        let followerRun = Task { try await follower.run() }
        try await follower.waitUntilReady()
        #expect(follower.followedRunners == Self.runners)
        _ = try await follower.submit(TestDomain.add("c1", 2))
        let result = try await follower.submit(TestDomain.add("c1", 3))
        #expect(result.row == ["id": "c1", "total": 5])
        #expect(!result.isPending)
        followerRun.cancel()
        ownerRun.cancel()
        _ = try? await followerRun.value
        _ = try? await ownerRun.value
    }

    @Test func whenTheOwnerLosesItsLeasesAndStopsTheFollowerTakesOver() async throws {
        let ownerLeases = LocalLeases(registry)
        let owner = runtime(ownerLeases)
        let ownerRun = Task { try await owner.run() }
        try await owner.waitUntilReady()
        #expect(try await eventually { owner.followedRunners.isEmpty })
        let follower = runtime(LocalLeases(registry))
        let followerRun = Task { try await follower.run() }
        try await follower.waitUntilReady()
        _ = try await follower.submit(TestDomain.add("c1", 2))
        ownerRun.cancel()
        registry.revoke(ownerLeases)
        _ = try? await ownerRun.value
        #expect(try await eventually { follower.followedRunners.isEmpty })
        let result = try await follower.submit(TestDomain.add("c1", 3))
        #expect(result.row == ["id": "c1", "total": 5])
        followerRun.cancel()
        _ = try? await followerRun.value
    }

    @Test func aRunnerStoppedByTheFenceStartsAgainUnderANewLease() async throws {
        let board = ProgressBoard(participants: ["p"])
        let follower = CheckpointFollower(readModels: readModels)
        let runs = Runs()
        let runner = LeasedRunner(
            lease: "projector:p", participants: ["p"], board: board, leases: LocalLeases(registry),
            follower: follower, retryInterval: .milliseconds(10)
        ) {
            if runs.increment() == 1 { throw ReadModelError.checkpointMoved(projector: "p", position: 1) }
        }
        try await runner.run()
        #expect(runs.value == 2)
        #expect(follower.names == ["p"], "a runner that finished is followed again")
    }
}

/// How often a body ran.
private final class Runs: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func increment() -> Int {
        count.withLock { count in
            count += 1
            return count
        }
    }
}
