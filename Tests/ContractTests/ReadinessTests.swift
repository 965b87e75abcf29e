import Foundation
import TestSupport
import Testing

/// Right after a restart, `/graphql` never answers from read models that have not caught up with
/// the log: a request before ready waits for it, or answers 503 with `Retry-After` (CONTRACT.md).
@Suite(.exclusive)
struct ReadinessTests {
    static let connections = 40
    static let invitationsEach = 100

    static func email(_ connection: Int, _ n: Int) -> String { "ready-\(connection)-\(n)@example.com" }

    @Test func aQuerySentAsSoonAsTheServerListensNeverReadsAnOlderState() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            // A long log quickly: every connection pipelines its invitations (distinct addresses,
            // so no two contend), and their commits share syncs.
            let clients = try (0..<Self.connections).map { _ in try RawConnection(port: server.port, timeout: 60) }
            for (c, client) in clients.enumerated() {
                let requests = (0..<Self.invitationsEach).map { n in
                    ServerProcess.graphQLRequest(
                        "mutation($e: String!) { InviteCustomer(email: $e) { id } }", variables: ["e": Self.email(c, n)]
                    )
                }
                try client.send(requests.flatMap { $0 })
            }
            for client in clients {
                for _ in 0..<Self.invitationsEach {
                    let answer = try client.readResponse()
                    #expect(GraphQLResult(answer.json).object("InviteCustomer") != nil, "\(answer.text)")
                }
            }
            server.signal(SIGTERM)
            #expect(server.waitForExit() == 0)

            // The last invitation acknowledged is the last the restarted server replays.
            let last = Self.email(Self.connections - 1, Self.invitationsEach - 1)
            let query = ServerProcess.graphQLRequest(
                "query($e: String!) { customerByEmail(email: $e) { email } }", variables: ["e": last], close: true)
            server = try ServerProcess(["--data-dir", directory.path])
            let answer = try server.send(query)
            if answer.status == 503 {
                #expect(answer.header("Retry-After") != nil)
            } else {
                #expect(answer.status == 200)
                #expect(
                    GraphQLResult(answer.json).object("customerByEmail")?["email"] as? String == last, "\(answer.text)")
            }
            try server.waitUntilReady()
            #expect(try server.send(query).text.contains(last))
        }
    }
}
