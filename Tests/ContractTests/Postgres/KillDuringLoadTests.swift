import Foundation
import Glibc
import Synchronization
import TestSupport
import Testing

/// SIGKILL of one of two gql-postgres processes in the middle of deposits and transfers: what
/// was answered stays, nothing counts twice, every transfer ends, and the read model is what the
/// log rebuilds to.
@Suite(.exclusive, .enabled(if: PostgresSchema.isUnderTest))
struct KillDuringLoadTests {
    /// Mutations in all, as the issue asks.
    static let mutations = 10_000
    static let workers = 8
    static let accounts = 8
    static let opening = 10_000
    /// How long a transfer may stay PENDING after the restart before the test calls it stuck.
    static let settleSeconds = 30.0
    /// How long a server of the test may run: the load and the retries of 10,000 mutations.
    static let serverSeconds = 600.0

    /// One mutation sent with an Idempotency-Key, and what came back.
    struct Sent: Sendable {
        let key: String
        let intent: Move
        /// The answer in a comparable form ("balance 120", "COMPLETED <id>", "COMMAND_REJECTED <reason>"), nil when none came.
        let answer: String?
    }

    @Test func whatWasAnsweredStaysOnceEveryTransferEndsAndARebuildAgrees() async throws {
        try await offPool {
            let schema = try PostgresSchema()
            var a = try schema.start(["--request-timeout", "30"], timeLimit: Self.serverSeconds)
            let b = try schema.start(["--request-timeout", "30"], timeLimit: Self.serverSeconds)
            try a.waitUntilReady()
            try b.waitUntilReady()
            let accounts = try (0..<Self.accounts).map { try b.openAccount("acct-\($0)", deposit: Self.opening) }
            let ledger = Ledger<Sent>()
            let answered = Atomic<Int>(0)
            let endpoints = [Endpoint(a), Endpoint(b)]
            let perWorker = Self.mutations / Self.workers
            let started = Date()
            let load = onThreads(Self.workers) { worker in
                // After a server stops answering, the worker sends only to the other.
                var alive = endpoints
                for step in 0..<perWorker {
                    let server = alive[(worker + step) % alive.count]
                    let key = "w\(worker)-s\(step)"
                    let from = accounts[(worker + step) % accounts.count]
                    let to = accounts[(worker + 3 * step + 1) % accounts.count]
                    let amount = 1 + (worker * 13 + step * 7) % 500
                    let intent: Move =
                        step % 2 == 0 || from == to
                        ? .deposit(account: to, amount: amount) : .transfer(from: from, to: to, amount: amount * 4)
                    do {
                        let answer = try Self.send(intent, key: key, to: server)
                        ledger.record(Sent(key: key, intent: intent, answer: answer))
                        answered.add(1, ordering: .relaxed)
                    } catch {
                        ledger.record(Sent(key: key, intent: intent, answer: nil))
                        alive.removeAll { $0.port == server.port }
                        if alive.isEmpty { return }
                    }
                }
            }
            // Half-way, unless the workers all stopped first (both servers gone: a failure).
            while answered.load(ordering: .relaxed) < Self.mutations / 2 && load.wait(timeout: .now()) == .timedOut {
                usleep(5_000)
            }
            try #require(
                answered.load(ordering: .relaxed) >= Self.mutations / 2,
                "the load stopped early; a: \(a.errorText().suffix(2000)) b: \(b.errorText().suffix(2000))")
            a.signal(SIGKILL)
            #expect(a.waitForExit() == 128 + SIGKILL)
            load.wait()
            let loadSeconds = Date().timeIntervalSince(started)
            a = try schema.start(["--request-timeout", "30"], timeLimit: Self.serverSeconds)
            try a.waitUntilReady()
            let restarted = Endpoint(a)
            let sent = ledger.all
            let unanswered = sent.filter { $0.answer == nil }.count

            // Retrying a key answers as the first request did, and one that got no answer gets one
            // now; then every transfer ends, and only a completed one moved money. On threads, as
            // the load was: one retry after another would take longer than the load itself.
            let settled = Ledger<Move>()
            let transfers = Atomic<Int>(0)
            onThreads(Self.workers) { worker in
                for command in sent where command.key.hasPrefix("w\(worker)-") {
                    do {
                        let answer = try Self.send(command.intent, key: command.key, to: restarted)
                        // CONFLICT stored nothing (CONTRACT.md), so a retry may run the command after all.
                        if let first = command.answer, !first.hasPrefix("CONFLICT"), answer != first {
                            settled.problem("key \(command.key) answered \(first), then \(answer)")
                        }
                        let parts = answer.split(separator: " ")
                        switch command.intent {
                        case .deposit:
                            if parts.first == "balance" { settled.record(command.intent) }
                        case .transfer:
                            guard parts.count == 2, ["COMPLETED", "FAILED", "PENDING"].contains(parts[0]) else {
                                settled.problem("transfer \(command.key) answered \(answer)")
                                continue
                            }
                            transfers.add(1, ordering: .relaxed)
                            let status = try restarted.settledStatus(String(parts[1]), seconds: Self.settleSeconds)
                            if status == "COMPLETED" {
                                settled.record(command.intent)
                            } else if status != "FAILED" {
                                settled.problem("transfer \(parts[1]) still \(status ?? "nil")")
                            }
                        }
                    } catch {
                        settled.problem("retry of \(command.key): \(error)")
                    }
                }
            }.wait()
            #expect(
                settled.allProblems.isEmpty,
                "\(settled.allProblems.prefix(10)); the restarted server said: \(a.errorText().suffix(3000))")
            let moves = settled.all
            let deposited = moves.reduce(0) { if case .deposit(_, let amount) = $1 { $0 + amount } else { $0 } }
            let expected = Move.balances(Dictionary(uniqueKeysWithValues: accounts.map { ($0, Self.opening) }), moves)
            var before: [String: Int] = [:]
            for server in [restarted, Endpoint(b)] {
                for account in accounts {
                    before[account] = try server.balance(account)
                    #expect(before[account] == expected[account], "account \(account) on port \(server.port)")
                }
                #expect(before.values.reduce(0, +) == Self.opening * accounts.count + deposited)
            }

            // The read model equals one rebuilt from position 0 by the tool, with both processes running.
            let rebuild = try schema.rebuild("account-projector")
            #expect(rebuild.status == 0, "\(rebuild.output)\(rebuild.errors)")
            for server in [restarted, Endpoint(b)] {
                for account in accounts {
                    #expect(try server.balance(account) == before[account], "after the rebuild, port \(server.port)")
                }
            }
            print(
                "kill -9: \(sent.count) mutations in \(Int(loadSeconds * 1000)) ms, \(unanswered) unanswered at the kill, "
                    + "\(transfers.load(ordering: .relaxed)) transfers; \(rebuild.output)")
        }
    }

    /// Sends `intent` with `key` and answers its answer in comparable form.
    static func send(_ intent: Move, key: String, to server: Endpoint) throws -> String {
        switch intent {
        case .deposit(let account, let amount):
            let result = try server.deposit(account, amount, key: key)
            if let balance = result.object("DepositMoney")?["balance"] as? Int { return "balance \(balance)" }
            return "\(result.code ?? "no code") \(result.reason ?? "") \(result.errors.isEmpty ? "\(result.raw)" : "")"
        case .transfer(let from, let to, let amount):
            let result = try server.transfer(from, to, amount, key: key)
            if let transfer = result.object("TransferMoney"), let id = transfer["id"] as? String,
                let status = transfer["status"] as? String
            {
                return "\(status) \(id)"
            }
            return "\(result.code ?? "no code") \(result.reason ?? "") \(result.errors.isEmpty ? "\(result.raw)" : "")"
        }
    }
}
