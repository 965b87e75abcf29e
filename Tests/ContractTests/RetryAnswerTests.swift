import Foundation
import TestSupport
import Testing

/// A retry with the same `Idempotency-Key` answers the row as its command left it, not as the row
/// is now (CONTRACT.md: "answers as the first did"), after a restart as well.
@Suite(.exclusive)
struct RetryAnswerTests {
    static let fields = "balance version"

    @Test func aRetryAfterALaterChangeAnswersTheRowAsTheFirstAttemptDid() async throws {
        try await offPool {
            let server = try ServerProcess()
            let id = try server.openAccount("ada", deposit: 5)
            let deposit = {
                try server.mutate("DepositMoney", ["accountId": id, "amount": 4], fields: Self.fields, key: "K")
            }
            let first = try deposit()
            #expect(first.object("DepositMoney")?["balance"] as? Int == 9, "\(first.raw)")
            #expect(first.object("DepositMoney")?["version"] as? Int == 2)
            _ = try server.mutate("DepositMoney", ["accountId": id, "amount": 100], fields: Self.fields)
            let retried = try deposit()
            #expect(retried.object("DepositMoney")?["balance"] as? Int == 9, "\(retried.raw)")
            #expect(retried.object("DepositMoney")?["version"] as? Int == 2)
            #expect(try server.balance(id) == 109)
        }
    }

    @Test func aRetryAfterAKillAndRestartAnswersAsTheFirstAttemptDid() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            let id = try server.openAccount("ada", deposit: 5)
            let withdraw = { (server: ServerProcess) in
                try server.mutate("WithdrawMoney", ["accountId": id, "amount": 3], fields: Self.fields, key: "w-3")
            }
            let first = try withdraw(server)
            #expect(first.object("WithdrawMoney")?["balance"] as? Int == 2, "\(first.raw)")
            _ = try server.mutate("DepositMoney", ["accountId": id, "amount": 50], fields: Self.fields)
            server.signal(SIGKILL)
            #expect(server.waitForExit() == 128 + SIGKILL)
            server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            _ = try server.mutate("DepositMoney", ["accountId": id, "amount": 7], fields: Self.fields)
            let retried = try withdraw(server)
            #expect(retried.object("WithdrawMoney")?["balance"] as? Int == 2, "\(retried.raw)")
            #expect(retried.object("WithdrawMoney")?["version"] as? Int == 2)
            #expect(try server.balance(id) == 59)
        }
    }

    @Test func aTransferRetriedAfterItsAccountsMovedAnswersItsEnd() async throws {
        try await offPool {
            let server = try ServerProcess()
            let from = try server.openAccount("ada", deposit: 100)
            let to = try server.openAccount("bob")
            let transfer = {
                try server.mutate(
                    "TransferMoney", ["from": from, "to": to, "amount": 30], fields: ServerProcess.transferFields,
                    key: "t-30")
            }
            let first = try transfer()
            #expect(first.object("TransferMoney")?["status"] as? String == "COMPLETED", "\(first.raw)")
            _ = try server.mutate("WithdrawMoney", ["accountId": from, "amount": 70], fields: Self.fields)
            let retried = try transfer()
            #expect(retried.object("TransferMoney")?["status"] as? String == "COMPLETED", "\(retried.raw)")
            #expect(
                retried.object("TransferMoney")?["id"] as? String == first.object("TransferMoney")?["id"] as? String)
            #expect(try server.balance(from) == 0)
            #expect(try server.balance(to) == 30)
        }
    }
}
