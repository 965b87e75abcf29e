import Foundation
import TestSupport
import Testing

/// Two gql-postgres processes on one schema: one of them runs each projector and the transfer
/// process manager (leases), the other follows checkpoints, and a client cannot tell them apart.
@Suite(.exclusive, .enabled(if: PostgresSchema.isUnderTest))
struct TwoProcessesTests {
    /// Threads sending at once, each to A and B in turn.
    static let workers = 8
    /// Mutations per worker: 8 × 60 = 480 in all, about 15 s on two cores.
    static let mutationsPerWorker = 60
    static let sharedAccounts = 6
    static let opening = 1_000

    @Test func everyAnswerIsRightWhicheverProcessServesItAndEachCommandCountsOnce() async throws {
        try await offPool {
            let schema = try PostgresSchema()
            // A long request timeout: a PENDING here would be a process that failed to follow, not a slow core.
            let a = try schema.start(["--request-timeout", "30"])
            let b = try schema.start(["--request-timeout", "30"])
            try a.waitUntilReady()
            try b.waitUntilReady()
            let servers = [Endpoint(a), Endpoint(b)]
            let shared = try (0..<Self.sharedAccounts).map { try a.openAccount("shared-\($0)", deposit: Self.opening) }
            // Each worker's own account sees only its deposits: its answered balance is exactly known.
            let own = try (0..<Self.workers).map { try b.openAccount("own-\($0)") }
            let ledger = Ledger<Move>()
            let started = Date()
            onThreads(Self.workers) { worker in
                var ownBalance = 0
                for step in 0..<Self.mutationsPerWorker {
                    let server = servers[(worker + step) % 2]
                    let amount = 1 + (worker * 31 + step * 7) % 300
                    do {
                        switch step % 3 {
                        case 0:
                            let result = try server.deposit(own[worker], amount)
                            guard let balance = result.object("DepositMoney")?["balance"] as? Int else {
                                ledger.problem("own deposit on port \(server.port): \(result.raw)")
                                continue
                            }
                            ownBalance += amount
                            ledger.record(.deposit(account: own[worker], amount: amount))
                            if balance != ownBalance {
                                ledger.problem("own deposit answered \(balance), expected \(ownBalance)")
                            }
                        case 1:
                            let account = shared[(worker + step) % shared.count]
                            let result = try server.deposit(account, amount)
                            if let balance = result.object("DepositMoney")?["balance"] as? Int {
                                ledger.record(.deposit(account: account, amount: amount))
                                if balance < amount { ledger.problem("deposit of \(amount) answered \(balance)") }
                            } else if result.code != "CONFLICT" {
                                ledger.problem("shared deposit on port \(server.port): \(result.raw)")
                            }
                        default:
                            let from = shared[(worker + step) % shared.count]
                            let to = shared[(worker + step + 1 + worker % 3) % shared.count]
                            let result = try server.transfer(from, to, amount * 3)
                            guard let transfer = result.object("TransferMoney"), let id = transfer["id"] as? String,
                                let status = transfer["status"] as? String
                            else {
                                ledger.problem("transfer on port \(server.port): \(result.raw)")
                                continue
                            }
                            if status == "COMPLETED" {
                                ledger.record(.transfer(from: from, to: to, amount: amount * 3))
                            } else if status != "FAILED" {
                                ledger.problem("transfer answered \(status): \(result.raw)")
                            }
                            // Read-your-writes: the process that answered shows the same ending.
                            let read = try server.transferStatus(id)
                            if read != status {
                                ledger.problem("transfer \(id) answered \(status), reads \(read ?? "nil")")
                            }
                        }
                    } catch {
                        ledger.problem("no answer from port \(server.port): \(error)")
                    }
                }
            }.wait()
            let seconds = Date().timeIntervalSince(started)
            #expect(ledger.allProblems.isEmpty, "\(ledger.allProblems.prefix(10))")
            let opening = Dictionary(uniqueKeysWithValues: shared.map { ($0, Self.opening) } + own.map { ($0, 0) })
            let expected = Move.balances(opening, ledger.all)
            let deposits = ledger.all.compactMap { if case .deposit(_, let amount) = $0 { amount } else { nil } }
            let deposited = deposits.reduce(0, +)
            for server in servers {
                var total = 0
                for (account, balance) in expected {
                    let read = try server.balance(account)
                    #expect(read == balance, "account \(account) on port \(server.port)")
                    total += read ?? 0
                }
                // Conserved whatever the transfers did: the opening money plus the accepted deposits.
                #expect(total == Self.opening * shared.count + deposited)
            }
            print(
                "two processes: \(Self.workers * Self.mutationsPerWorker) mutations in \(Int(seconds * 1000)) ms, \(deposits.count) deposits and \(ledger.all.count - deposits.count) completed transfers"
            )
        }
    }
}
