import Functions
import LOW
import Runtime
import TestSupport
import Testing

/// The runtime with the real domain and stores: concurrency, processes, idempotency.
@Suite(.exclusive)
struct BankShellTests {
    @Test func concurrentWithdrawalsNeverTakeABalanceBelowZero() async throws {
        let bank = BankShell()
        let account = try await bank.openAccount("ada", deposit: 1_000)
        let results = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            for _ in 0..<50 {
                group.addTask { try await bank.send("WithdrawMoney", ["accountId": .string(account), "amount": 70]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await bank.stop()
        let accepted = results.filter { if case .accepted = $0.outcome { true } else { false } }.count
        let refused = results.filter { if case .rejected("insufficient funds", _) = $0.outcome { true } else { false } }
        let conflicts = results.filter { if case .conflict = $0.outcome { true } else { false } }.count
        let balance = try #require(try await bank.account(account)).balance
        #expect(balance >= 0)
        #expect(balance == 1_000 - 70 * accepted)
        #expect(refused.count + accepted + conflicts == 50)
        // Every refusal saw a balance under 70, so with no conflict the money ran out exactly.
        if conflicts == 0 { #expect(accepted == 14) }
        for result in results where !result.isPending {
            if case .accepted = result.outcome { #expect(result.row?["balance"]?.intValue ?? -1 >= 0) }
        }
    }

    @Test func aTransferAnswersCompletedWithBothBalancesMoved() async throws {
        let bank = BankShell()
        let ada = try await bank.openAccount("ada", deposit: 100)
        let bob = try await bank.openAccount("bob", deposit: 0)
        let result = try await bank.send("TransferMoney", ["from": .string(ada), "to": .string(bob), "amount": 30])
        try await bank.stop()
        #expect(result.row?["status"] == "COMPLETED")
        #expect(result.row?["amount"] == 30)
        #expect(try await bank.account(ada)?.balance == 70)
        #expect(try await bank.account(bob)?.balance == 30)
    }

    @Test func aTransferToAnUnknownAccountIsRefundedAndAnswersFailed() async throws {
        let bank = BankShell()
        let ada = try await bank.openAccount("ada", deposit: 100)
        let nobody = ID.random().description
        let result = try await bank.send("TransferMoney", ["from": .string(ada), "to": .string(nobody), "amount": 30])
        try await bank.stop()
        #expect(result.row?["status"] == "FAILED")
        #expect(result.row?["reason"] == "unknown account")
        let account = try #require(try await bank.account(ada))
        #expect(account.balance == 100)
        #expect(account.version == 3)
    }

    @Test func fiftyConcurrentTransfersFromOneAccountAllEnd() async throws {
        let bank = BankShell()
        let ada = try await bank.openAccount("ada", deposit: 100)
        let bob = try await bank.openAccount("bob", deposit: 0)
        // Their debits all write ada's stream at once: the optimistic-concurrency retries of the
        // process's commands must not give up on any of them, or its transfer never ends.
        let results = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            for _ in 0..<50 {
                group.addTask {
                    try await bank.send("TransferMoney", ["from": .string(ada), "to": .string(bob), "amount": 1])
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await bank.stop()
        #expect(results.filter(\.isPending).count == 0)
        #expect(results.allSatisfy { $0.row?["status"] == "COMPLETED" })
        #expect(try await bank.account(ada)?.balance == 50)
        #expect(try await bank.account(bob)?.balance == 50)
    }

    @Test func aRetryOfAnEndedTransferAnswersItsRowEvenWithNoTimeToWait() async throws {
        let bank = BankShell()
        let ada = try await bank.openAccount("ada", deposit: 100)
        let bob = try await bank.openAccount("bob", deposit: 0)
        let transfer = CommandEnvelope(
            id: ID.forIdempotencyKey("transfer-1"), name: "TransferMoney",
            payload: ["from": .string(ada), "to": .string(bob), "amount": 30], issuedAt: .now())
        let first = try await bank.shell.submit(transfer)
        #expect(first.row?["status"] == "COMPLETED")
        // Everything a retry would wait for has happened: no timeout, however short, makes it
        // pending, even with many retries at once competing for the threads.
        let retries = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            for _ in 0..<200 { group.addTask { try await bank.shell.submit(transfer, timeout: .zero) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(retries.filter(\.isPending).count == 0)
        #expect(retries.allSatisfy { $0.row == first.row })
        try await bank.stop()
        #expect(try await bank.account(bob)?.balance == 30)
    }

    @Test func aRetryWithTheSameKeyAnswersTheSameWithOneEffect() async throws {
        let bank = BankShell()
        let ada = try await bank.openAccount("ada", deposit: 100)
        let key = ID.forIdempotencyKey("deposit-1")
        let deposit: Value = ["accountId": .string(ada), "amount": 25]
        let first = try await bank.send("DepositMoney", deposit, id: key)
        let second = try await bank.send("DepositMoney", deposit, id: key)
        let other = try await bank.send("DepositMoney", ["accountId": .string(ada), "amount": 26], id: key)
        try await bank.stop()
        #expect(first == second)
        #expect(first.row?["balance"] == 125)
        #expect(other.outcome == .idempotencyMismatch)
        #expect(try await bank.account(ada)?.balance == 125)
    }

    @Test func aRetriedRejectionAnswersTheSameRejection() async throws {
        let bank = BankShell()
        let ada = try await bank.openAccount("ada", deposit: 10)
        let key = ID.forIdempotencyKey("withdraw-1")
        let withdraw: Value = ["accountId": .string(ada), "amount": 25]
        let first = try await bank.send("WithdrawMoney", withdraw, id: key)
        let deposit = try await bank.send("DepositMoney", ["accountId": .string(ada), "amount": 100])
        #expect(deposit.row?["balance"] == 110)
        let second = try await bank.send("WithdrawMoney", withdraw, id: key)
        try await bank.stop()
        #expect(first.outcome == second.outcome)
        guard case .rejected(let reason, _) = second.outcome else {
            Issue.record("expected the stored rejection, got \(second.outcome)")
            return
        }
        #expect(reason == "insufficient funds")
    }
}
