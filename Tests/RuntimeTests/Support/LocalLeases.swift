import Runtime
import Synchronization

/// Leases shared by the runtimes of one test, as a database shares them between processes: one
/// holder per name, and a test can take a holder's leases away (`revoke`), as a dropped session does.
final class LeaseRegistry: Sendable {
    private let holders = Mutex<[String: LocalLeases.Held]>([:])

    func take(_ name: String, for holder: LocalLeases.Held) -> Bool {
        holders.withLock { holders in
            guard holders[name] == nil else { return false }
            holders[name] = holder
            return true
        }
    }

    func give(_ name: String, from holder: LocalLeases.Held) {
        holders.withLock { holders in
            if holders[name] === holder { holders[name] = nil }
        }
    }

    /// Takes every lease of `owner` away; each reports `lost()`.
    func revoke(_ owner: LocalLeases) {
        let lost = holders.withLock { holders in
            let lost = holders.filter { $0.value.owner === owner }
            for name in lost.keys { holders[name] = nil }
            return lost.values
        }
        for lease in lost { lease.isLost.open() }
    }
}

/// One runtime's view of a `LeaseRegistry`.
final class LocalLeases: Leases {
    let registry: LeaseRegistry

    init(_ registry: LeaseRegistry) { self.registry = registry }

    func acquire(_ name: String) async throws -> (any Lease)? {
        let held = Held(name: name, owner: self)
        return registry.take(name, for: held) ? held : nil
    }

    func watch() async throws {}

    final class Held: Lease {
        let name: String
        let owner: LocalLeases
        let isLost = Latch()

        init(name: String, owner: LocalLeases) {
            self.name = name
            self.owner = owner
        }

        func lost() async throws { try await isLost.wait() }

        func release() async { owner.registry.give(name, from: self) }
    }
}
