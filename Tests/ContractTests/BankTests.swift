import Foundation
import TestSupport
import Testing

/// Accounts and transfers under concurrency, and the transfer process's two endings.
@Suite(.exclusive)
struct BankTests {
    let server: ServerProcess

    init() async throws { server = try await offPool { try ServerProcess() } }

    @Test func fiftyConcurrentWithdrawalsNeverTakeTheBalanceBelowZero() async throws {
        try await offPool {
            let id = try server.openAccount("ada", deposit: 1000)
            let request = ServerProcess.graphQLRequest(
                "mutation($a: ID!) { WithdrawMoney(accountId: $a, amount: 30) { balance } }", variables: ["a": id])
            // All 50 requests are on the wire before the first answer is read.
            let connections = try (0..<50).map { _ in try RawConnection(port: server.port, timeout: 30) }
            for connection in connections { try connection.send(request) }
            var accepted = 0
            var conflicts = 0
            for connection in connections {
                let result = GraphQLResult(try connection.readResponse().json)
                if let balance = result.object("WithdrawMoney")?["balance"] as? Int {
                    accepted += 1
                    #expect(balance >= 0)
                } else if result.code == "CONFLICT" {
                    conflicts += 1
                } else {
                    #expect(result.reason == "insufficient funds", "\(result.raw)")
                }
            }
            let balance = try #require(try server.balance(id))
            #expect(balance >= 0)
            #expect(balance == 1000 - 30 * accepted)
            #expect(accepted == 33 || conflicts > 0, "accepted \(accepted), conflicts \(conflicts)")
        }
    }

    @Test func aTransferCompletesAndMovesTheMoney() async throws {
        try await offPool {
            let from = try server.openAccount("ada", deposit: 100)
            let to = try server.openAccount("bob")
            let result = try server.mutate(
                "TransferMoney", ["from": from, "to": to, "amount": 30], fields: ServerProcess.transferFields)
            let transfer = try #require(result.object("TransferMoney"), "\(result.raw)")
            #expect(transfer["status"] as? String == "COMPLETED")
            #expect(transfer["amount"] as? Int == 30)
            #expect(transfer["reason"] is NSNull)
            #expect(try server.balance(from) == 70)
            #expect(try server.balance(to) == 30)
            let id = try #require(transfer["id"] as? String)
            let read = try server.graphQL("query($id: ID!) { transfer(id: $id) { status } }", variables: ["id": id])
            #expect(read.object("transfer")?["status"] as? String == "COMPLETED")
        }
    }

    @Test func aTransferToAnUnknownAccountIsRefundedAndFails() async throws {
        try await offPool {
            let from = try server.openAccount("ada", deposit: 100)
            let result = try server.mutate(
                "TransferMoney", ["from": from, "to": unknownID(), "amount": 30], fields: ServerProcess.transferFields)
            let transfer = try #require(result.object("TransferMoney"), "\(result.raw)")
            #expect(result.errors.isEmpty)
            #expect(transfer["status"] as? String == "FAILED")
            #expect(transfer["reason"] as? String == "unknown account")
            let account = try #require(try server.account(from))
            #expect(account["balance"] as? Int == 100)
            // Opened, debited, refunded.
            #expect(account["version"] as? Int == 3)
        }
    }

    @Test func aTransferWhoseDebitIsRefusedFailsWithThatReason() async throws {
        try await offPool {
            let from = try server.openAccount("ada", deposit: 10)
            let to = try server.openAccount("bob")
            let result = try server.mutate(
                "TransferMoney", ["from": from, "to": to, "amount": 50], fields: ServerProcess.transferFields)
            #expect(result.object("TransferMoney")?["status"] as? String == "FAILED", "\(result.raw)")
            #expect(result.object("TransferMoney")?["reason"] as? String == "insufficient funds")
            #expect(try server.balance(from) == 10)
            #expect(try server.balance(to) == 0)
        }
    }

    @Test func eventsArePagedInPositionOrderAndFilteredByStreamTypeAndTime() async throws {
        try await offPool {
            let id = try server.openAccount("ada", deposit: 1)
            for amount in 1...4 {
                _ = try server.mutate("DepositMoney", ["accountId": id, "amount": amount], fields: "id")
            }
            var events: [[String: Any]] = []
            var after: Any = NSNull()
            var pages = 0
            repeat {
                let page = try server.graphQL(
                    "query($after: String) { events(first: 2, after: $after) { events { id type streamId version position occurredAt commandId data } next } }",
                    variables: ["after": after])
                let body = try #require(page.object("events"), "\(page.raw)")
                events += body["events"] as? [[String: Any]] ?? []
                after = body["next"] ?? NSNull()
                pages += 1
            } while !(after is NSNull) && pages < 10
            #expect(pages == 3)
            #expect(
                events.compactMap { $0["type"] as? String } == ["AccountOpened"]
                    + Array(repeating: "MoneyDeposited", count: 4))
            #expect(events.compactMap { $0["version"] as? Int } == [1, 2, 3, 4, 5])
            let stream = try #require(events.first?["streamId"] as? String)
            let start = try #require(events.first?["occurredAt"] as? String)
            let filtered = try server.graphQL(
                "query($s: ID, $from: DateTime) { events(streamId: $s, type: \"MoneyDeposited\", from: $from) { events { version } next } }",
                variables: ["s": stream, "from": start])
            let versions = (filtered.object("events")?["events"] as? [[String: Any]])?.compactMap {
                $0["version"] as? Int
            }
            #expect(versions == [2, 3, 4, 5], "\(filtered.raw)")
            let none = try server.graphQL(
                "query($to: DateTime) { events(to: $to) { events { version } } }", variables: ["to": start])
            #expect((none.object("events")?["events"] as? [Any])?.isEmpty == true, "\(none.raw)")
        }
    }
}
