import Foundation
import Glibc
import Synchronization
import TestSupport
import Testing

/// PostgreSQL restarted under load: gql-postgres answers 503 on `/ready` while the server is
/// away, stays up, reconnects by itself, and loses no deposit it answered as accepted.
@Suite(.exclusive, .enabled(if: PostgresSchema.isUnderTest))
struct RestartTests {
    static let workers = 4

    @Test func readyTurns503WhileTheServerRestartsAndNoAcceptedDepositIsLost() async throws {
        try await offPool {
            let cluster = try ThrowawayCluster()
            let schema = try PostgresSchema(url: cluster.url)
            let server = try schema.start()
            try server.waitUntilReady()
            let account = try server.openAccount("ada")
            let deposits = DepositsThroughAnOutage(
                into: account, through: server, workers: Self.workers, label: "restart")
            usleep(500_000)

            // /ready watched from a thread of its own while the server restarts.
            let endpoint = Endpoint(server)
            let watching = Atomic<Bool>(true)
            let sawNotReady = Atomic<Bool>(false)
            let watcher = onThreads(1) { _ in
                while watching.load(ordering: .relaxed) {
                    if (try? endpoint.get("/ready").status) == 503 { sawNotReady.store(true, ordering: .relaxed) }
                    usleep(5_000)
                }
            }
            let restarted = Date()
            try cluster.restart()
            usleep(200_000)
            try server.waitUntilReady(seconds: 30)
            let recovered = Date()
            watching.store(false, ordering: .relaxed)
            watcher.wait()
            let wasNotReady = sawNotReady.load(ordering: .relaxed)
            #expect(wasNotReady, "/ready while the server restarted")
            #expect(try server.get("/health").status == 200, "the service stayed up")
            usleep(500_000)
            let sent = deposits.finish()
            try deposits.settle(sent)
            print(
                "restart: \(sent.count) deposits, \(sent.filter { !$0.isAccepted }.count) not accepted, "
                    + "ready again \(Int(recovered.timeIntervalSince(restarted) * 1000)) ms after the restart began")
        }
    }
}
