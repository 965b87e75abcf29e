import Foundation
import Glibc
import Synchronization
import Testing

/// Deposits of 1 into one account from several threads while the database goes away and comes
/// back (its sessions cut, or the server restarted): what the outage tests share. Each deposit
/// carries an Idempotency-Key, so the ones not accepted can be settled by retrying them.
final class DepositsThroughAnOutage: Sendable {
    struct Sent: Sendable {
        let key: String
        let isAccepted: Bool
    }

    let endpoint: Endpoint
    let account: String
    private let stopped = Flag()
    private let ledger = Ledger<Sent>()
    private let load: DispatchGroup

    /// Starts `workers` threads depositing into `account` through `server` until `finish()`.
    init(into account: String, through server: ServerProcess, workers: Int, label: String) {
        let endpoint = Endpoint(server)
        self.endpoint = endpoint
        self.account = account
        let stopped = stopped
        let ledger = ledger
        load = onThreads(workers) { worker in
            var step = 0
            while !stopped.isSet {
                step += 1
                let key = "\(label)-\(worker)-\(step)"
                let result = try? endpoint.deposit(account, 1, key: key)
                let isAccepted = result?.object("DepositMoney")?["balance"] is Int
                ledger.record(Sent(key: key, isAccepted: isAccepted))
                // A refused deposit is retried later; no need to hammer a server that is down.
                if !isAccepted { usleep(20_000) }
            }
        }
    }

    /// A test that throws before `finish()` still stops its threads.
    deinit { stopped.set() }

    /// Stops the load and answers every deposit sent.
    func finish() -> [Sent] {
        stopped.set()
        load.wait()
        return ledger.all
    }

    /// Checks that some deposits went through, retries each one not accepted (it may or may not
    /// have been stored: its key settles it, once), then that the balance counts every deposit
    /// exactly once: nothing accepted was lost, nothing counted twice.
    func settle(_ sent: [Sent]) throws {
        #expect(sent.contains { $0.isAccepted }, "deposits went through")
        for deposit in sent where !deposit.isAccepted {
            let retried = try endpoint.deposit(account, 1, key: deposit.key)
            #expect(retried.object("DepositMoney")?["balance"] is Int, "retry of \(deposit.key): \(retried.raw)")
        }
        #expect(try endpoint.balance(account) == sent.count, "every deposit exactly once")
    }
}

/// A flag the load threads read and the test sets, shared by reference.
private final class Flag: Sendable {
    private let value = Atomic<Bool>(false)

    var isSet: Bool { value.load(ordering: .relaxed) }
    func set() { value.store(true, ordering: .relaxed) }
}
