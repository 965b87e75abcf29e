import Functions
import InProcess
import LOW
import Runtime
import TestSupport
import Testing

/// The shell over the file log: concurrent clients' commands share its syncs (group commit
/// across requests), and concurrency on one account stays correct.
@Suite(.exclusive)
struct DurableShellTests {
    /// Runs the domain's shell on a file log whose syncs take `syncDelay` longer, around `body`.
    func withDurableShell<T>(
        syncDelay: Duration = .zero, _ body: (BankShell, FileEventLog) async throws -> T
    ) async throws -> T {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let log = try FileEventLog.open(directory: directory.path, syncDelayForTesting: syncDelay)
        let bank = BankShell(events: log)
        do {
            let result = try await body(bank, log)
            try await bank.stop()
            await log.close()
            return result
        } catch {
            try? await bank.stop()
            await log.close()
            throw error
        }
    }

    @Test func sixtyFourConcurrentClientsShareAHandfulOfSlowSyncs() async throws {
        // 20 ms syncs: all 64 commands arrive within a sync or two, even on a busy machine. A
        // worker pool smaller than the clients would need at least 64 / workers syncs.
        let (results, syncs) = try await withDurableShell(syncDelay: .milliseconds(20)) { bank, log in
            let before = log.syncCount
            let results = try await withThrowingTaskGroup(of: CommandResult.self) { group in
                for client in 0..<64 {
                    group.addTask {
                        try await bank.send("InviteCustomer", ["email": .string("c\(client)@example.com")])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            return (results, log.syncCount - before)
        }
        #expect(results.allSatisfy { if case .accepted = $0.outcome { !$0.isPending } else { false } })
        #expect(syncs <= 6, "64 commands took \(syncs) syncs")
    }

    @Test func concurrentWithdrawalsOverTheFileLogNeverTakeABalanceBelowZero() async throws {
        let (results, balance) = try await withDurableShell { bank, _ in
            let account = try await bank.openAccount("ada", deposit: 1_000)
            let results = try await withThrowingTaskGroup(of: CommandResult.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        try await bank.send("WithdrawMoney", ["accountId": .string(account), "amount": 70])
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            return (results, try await bank.account(account)?.balance)
        }
        let accepted = results.filter { if case .accepted = $0.outcome { true } else { false } }.count
        let refused = results.filter { if case .rejected("insufficient funds", _) = $0.outcome { true } else { false } }
        // Fifty at once on one stream may exhaust a withdrawal's retries: CONFLICT, and nothing written.
        let conflicts = results.filter { if case .conflict = $0.outcome { true } else { false } }.count
        #expect(accepted + refused.count + conflicts == 50)
        #expect(balance == 1_000 - 70 * accepted)
        #expect((balance ?? -1) >= 0)
        // Every refusal saw a balance under 70, so with no conflict the money ran out exactly.
        if conflicts == 0 { #expect(accepted == 14) }
    }
}
