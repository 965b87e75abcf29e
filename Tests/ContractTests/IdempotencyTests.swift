import Foundation
import TestSupport
import Testing

/// `Idempotency-Key` (CONTRACT.md): a retry answers as the first request did and has no second
/// effect; a key is bound to its first request.
@Suite(.exclusive)
struct IdempotencyTests {
    @Test func aRetryWithTheSameKeyAnswersTheSameAndHasNoSecondEffect() async throws {
        try await offPool {
            let server = try ServerProcess()
            let id = try server.openAccount("ada", deposit: 100, key: "open-ada")
            #expect(try server.openAccount("ada", deposit: 100, key: "open-ada") == id)
            let deposit = {
                try server.mutate("DepositMoney", ["accountId": id, "amount": 10], fields: "balance", key: "dep-1")
            }
            let first = try deposit()
            let second = try deposit()
            #expect(first.object("DepositMoney")?["balance"] as? Int == 110, "\(first.raw)")
            #expect(second.object("DepositMoney")?["balance"] as? Int == 110, "\(second.raw)")
            #expect(try server.balance(id) == 110)
            let all = try server.graphQL("{ customers { id } }")
            #expect(all.errors.isEmpty)
        }
    }

    @Test func theSameKeyWithOtherArgumentsAnswersBadUserInput() async throws {
        try await offPool {
            let server = try ServerProcess()
            let id = try server.openAccount("ada", deposit: 100)
            _ = try server.mutate("DepositMoney", ["accountId": id, "amount": 10], fields: "balance", key: "k")
            let other = try server.mutate("DepositMoney", ["accountId": id, "amount": 11], fields: "balance", key: "k")
            #expect(other.code == "BAD_USER_INPUT", "\(other.raw)")
            let otherMutation = try server.mutate(
                "WithdrawMoney", ["accountId": id, "amount": 10], fields: "balance", key: "k")
            #expect(otherMutation.code == "BAD_USER_INPUT", "\(otherMutation.raw)")
            #expect(try server.balance(id) == 110)
        }
    }

    @Test func aRejectionRetriedAfterARestartAnswersTheSameRejection() async throws {
        try await offPool {
            let directory = TemporaryDirectory()
            var server = try ServerProcess(["--data-dir", directory.path])
            let id = try server.openAccount("ada", deposit: 10)
            let withdraw = { (server: ServerProcess) in
                try server.mutate("WithdrawMoney", ["accountId": id, "amount": 50], fields: "balance", key: "w-50")
            }
            let first = try withdraw(server)
            #expect(first.reason == "insufficient funds", "\(first.raw)")
            server.signal(SIGTERM)
            #expect(server.waitForExit() == 0)
            server = try ServerProcess(["--data-dir", directory.path])
            try server.waitUntilReady()
            // Enough money now: a second decision would accept; the stored answer must not change.
            _ = try server.mutate("DepositMoney", ["accountId": id, "amount": 100], fields: "balance")
            let retried = try withdraw(server)
            #expect(retried.code == "COMMAND_REJECTED", "\(retried.raw)")
            #expect(retried.reason == "insufficient funds")
            #expect(try server.balance(id) == 110)
        }
    }
}
