import Foundation
import TestSupport
import Testing

/// `PENDING` (CONTRACT.md errors): a command whose projection does not arrive within
/// `--request-timeout` is answered with its id and is not lost; the id of a keyed command is the
/// version-5 UUID of `idempotency-key:K`.
@Suite(.exclusive)
struct PendingTests {
    @Test func aSlowProjectionAnswersPendingWithTheKeysCommandIdAndTheCommandStillTakesEffect() async throws {
        try await offPool {
            // The helper itself first, against the well-known example of RFC 9562's namespaces.
            #expect(NameBasedUUID.v5("python.org") == "7af94e2b-4dd9-50f0-9c9a-8a48519bdef0")
            let server = try ServerProcess(["--ephemeral", "--request-timeout", "0.000001"])
            // Before ready a request waits no longer than the timeout either, then answers 503: the
            // subject here is a slow projection, not a slow start.
            try server.waitUntilReady()
            let from = try settled(server, "OpenAccount", ["owner": "ada", "initialDeposit": 100], key: "a")
            let to = try settled(server, "OpenAccount", ["owner": "bob"], key: "b")
            // Fifty at once: with a microsecond to wait, some must outrun their projections.
            let keys = (0..<50).map { "transfer-\($0)" }
            let connections = try keys.map { key in
                let connection = try RawConnection(port: server.port, timeout: 30)
                try connection.send(
                    ServerProcess.graphQLRequest(
                        "mutation($f: ID!, $t: ID!) { TransferMoney(from: $f, to: $t, amount: 1) { status } }",
                        variables: ["f": from, "t": to], key: key))
                return connection
            }
            var pending: [String] = []
            for (key, connection) in zip(keys, connections) {
                let result = GraphQLResult(try connection.readResponse().json)
                guard result.code == "PENDING" else {
                    #expect(result.object("TransferMoney")?["status"] as? String == "COMPLETED", "\(result.raw)")
                    continue
                }
                let extensions = result.errors.first?["extensions"] as? [String: Any]
                #expect(extensions?["commandId"] as? String == NameBasedUUID.v5("idempotency-key:\(key)"))
                pending.append(key)
            }
            #expect(!pending.isEmpty, "no transfer outran a 1 µs request timeout")
            // Not lost: each pending transfer ends, and every transfer moved its cent exactly once.
            for key in pending {
                _ = try settled(server, "TransferMoney", ["from": from, "to": to, "amount": 1], key: key)
            }
            #expect(try server.balance(to) == 50)
            #expect(try server.balance(from) == 50)
        }
    }

    /// Retries a keyed mutation until it answers its row instead of PENDING; answers the row's id.
    private func settled(_ server: ServerProcess, _ name: String, _ arguments: [String: Any], key: String) throws
        -> String
    {
        // Up to 20 s: the retries assert the command's effect, not how fast a loaded machine gets there.
        for _ in 0..<2_000 {
            let result = try server.mutate(name, arguments, fields: "id", key: key)
            if let id = result.object(name)?["id"] as? String { return id }
            #expect(result.code == "PENDING", "\(result.raw)")
            usleep(10_000)
        }
        throw ClientError(description: "\(name) stayed pending")
    }
}
