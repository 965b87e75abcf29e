import Functions
import InProcess
import LOW
import Synchronization

/// Commands and data the benchmarks share.
enum Fixtures {
    static let start = Timestamp(microseconds: 1_795_000_000_000_000)

    static func command(_ name: String, _ payload: Value) -> CommandEnvelope {
        CommandEnvelope(id: .random(), name: name, payload: payload, issuedAt: start)
    }

    static func deposit(to account: String, amount: Int) -> CommandEnvelope {
        command("DepositMoney", ["accountId": .string(account), "amount": .int(amount)])
    }

    /// Opens `count` accounts through the handler; their ids.
    static func openAccounts(_ count: Int, in store: any EventStore) async throws -> [String] {
        let open = AnyHandler(OpenAccountHandler())
        var ids: [String] = []
        for i in 0..<count {
            let outcome = try await open.execute(
                command("OpenAccount", ["owner": .string("owner-\(i)"), "initialDeposit": 1_000_000]), store: store)
            guard let id = outcome.events.first?.payload["id"]?.stringValue else {
                throw FixtureFailure(message: "OpenAccount answered \(outcome)")
            }
            ids.append(id)
        }
        return ids
    }

    struct FixtureFailure: Error {
        var message: String
    }
}

/// A count several tasks add to.
final class Counter: Sendable {
    private let count = Atomic(0)
    func add(_ n: Int = 1) { count.add(n, ordering: .relaxed) }
    var value: Int { count.load(ordering: .relaxed) }
}
