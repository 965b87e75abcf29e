package import LOW

/// A `Reader` over events and unique-key owners given up front: what a handler's `lookup` reads
/// in a unit test, with no store behind it.
///
/// ```swift
/// let reader = FixedReader(given: [AccountEvent.opened(id: "a", owner: "Ada", initialDeposit: 10)])
/// let facts = try await DepositMoneyHandler().lookup(DepositMoney(accountId: "a", amount: 5), in: reader)
/// ```
package struct FixedReader: Reader {
    package var streams: [String: [RecordedEvent]]
    package var owners: [UniqueKey: String]

    /// A reader over recorded events, grouped by their stream in the order given.
    package init(events: [RecordedEvent] = [], owners: [UniqueKey: String] = [:]) {
        self.streams = Dictionary(grouping: events, by: \.streamID)
        self.owners = owners
    }

    /// A reader over domain events as if they had been committed in the order given, each stream's
    /// versions counting from 1 (see `RecordedEvent.given(_:)`).
    package init(given events: [any DomainEvent], owners: [UniqueKey: String] = [:]) {
        self.init(events: RecordedEvent.given(events), owners: owners)
    }

    package func events(inStream streamID: String, after version: Int) async throws -> [RecordedEvent] {
        (streams[streamID] ?? []).filter { $0.streamVersion > version }
    }

    package func owner(of key: UniqueKey) async throws -> String? { owners[key] }
}
