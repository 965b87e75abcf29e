import Foundation
import TestSupport
import Testing

/// Right after a restart, `/graphql` never answers from read models that have not caught up with
/// the log: a request before ready waits for it, or answers 503 with `Retry-After` (CONTRACT.md).
@Suite(.exclusive)
struct ReadinessTests {
    static let connections = 40
    static let depositsEach = 100

    @Test func aQuerySentAsSoonAsTheServerListensNeverReadsAnOlderState() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            // A long log quickly: one account per connection, each pipelining its deposits, so
            // commits share syncs and no two deposits contend for one stream.
            let ids = try (0..<Self.connections).map { try server.openAccount("owner-\($0)") }
            let clients = try ids.map { _ in try RawConnection(port: server.port, timeout: 60) }
            for (id, client) in zip(ids, clients) {
                let deposit = ServerProcess.graphQLRequest(
                    "mutation($a: ID!) { DepositMoney(accountId: $a, amount: 1) { version } }", variables: ["a": id])
                try client.send(Array(repeating: deposit, count: Self.depositsEach).flatMap { $0 })
            }
            for client in clients {
                for _ in 0..<Self.depositsEach { #expect(try client.readResponse().status == 200) }
            }
            let id = try #require(ids.last)
            let total = Self.depositsEach
            #expect(try server.balance(id) == total)
            server.signal(SIGTERM)
            #expect(server.waitForExit() == 0)

            server = try ServerProcess(["--data-dir", directory.path])
            let answer = try server.send(
                ServerProcess.graphQLRequest(
                    "query($a: ID!) { account(id: $a) { balance } }", variables: ["a": id], close: true))
            if answer.status == 503 {
                #expect(answer.header("Retry-After") != nil)
            } else {
                #expect(answer.status == 200)
                #expect(GraphQLResult(answer.json).object("account")?["balance"] as? Int == total, "\(answer.text)")
            }
            try server.waitUntilReady()
            #expect(try server.balance(id) == total)
        }
    }
}
