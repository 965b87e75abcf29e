import Foundation
import Synchronization
import TestSupport
import Testing

/// Every database connection of a running gql-postgres cut again and again under load, as a
/// PostgreSQL restart cuts them: the service answers 503 on `/ready` meanwhile, stays up, comes
/// back by itself, and loses no deposit it answered as accepted.
///
/// The sessions are told apart by an `application_name` of the test's own in the database URL,
/// so only this server's connections are terminated (psql, with the same URL, spares itself).
@Suite(.exclusive, .enabled(if: PostgresSchema.isUnderTest))
struct ConnectionLossTests {
    static let workers = 4
    /// How long every new connection is cut as soon as it appears.
    static let outage = 2.0

    @Test func readyTurns503WhileConnectionsAreCutAndNoAcceptedDepositIsLost() async throws {
        try await offPool {
            let base = try #require(ProcessInfo.processInfo.environment["CQRS_TEST_DATABASE_URL"])
            let application = "cqrs_loss_" + String(UInt32.random(in: .min ... .max), radix: 16)
            let schema = try PostgresSchema(
                url: base + (base.contains("?") ? "&" : "?") + "application_name=\(application)")
            let server = try schema.start()
            try server.waitUntilReady()
            let account = try server.openAccount("ada")
            let deposits = DepositsThroughAnOutage(into: account, through: server, workers: Self.workers, label: "loss")
            usleep(500_000)

            // The outage: every session of the server terminated as soon as it shows.
            let cut = Date()
            var sawNotReady = false
            while Date().timeIntervalSince(cut) < Self.outage {
                _ = try schema.query(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        + "WHERE application_name = '\(application)' AND pid <> pg_backend_pid()")
                if try server.get("/ready").status == 503 { sawNotReady = true }
                usleep(50_000)
            }
            #expect(sawNotReady, "/ready while every connection is being cut")
            #expect(try server.get("/health").status == 200)
            try server.waitUntilReady(seconds: 30)
            let recovered = Date()
            usleep(500_000)
            let sent = deposits.finish()
            try deposits.settle(sent)
            let metrics = try server.get("/metrics").text
            #expect(metrics.contains("database_pool_reconnects_total"), "\(metrics)")
            print(
                "connection loss: \(sent.count) deposits, \(sent.filter { !$0.isAccepted }.count) not accepted, "
                    + "ready again \(Int(recovered.timeIntervalSince(cut) * 1000)) ms after the cuts began")
        }
    }
}
