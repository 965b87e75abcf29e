package import LOW

/// Projects account events into the `accounts` table; `version` follows the stream's version.
package struct AccountProjector: Projector {
    package static let meta = OperatorMeta(
        name: "account-projector", inputs: [OperatorMeta.events], output: Account.table)

    package init() {}

    package func rowID(for event: RecordedEvent) -> String? {
        (try? AccountEvent(recorded: event))?.accountID
    }

    package func apply(_ event: RecordedEvent, to row: Account?) -> Account? {
        guard let decoded = try? AccountEvent(recorded: event) else { return row }
        if case .opened(let id, let owner, let deposit) = decoded {
            return Account(id: id, owner: owner, balance: deposit, version: event.streamVersion)
        }
        // Every later event moves an opened account; without its row there is nothing to move.
        guard var account = row else { return nil }
        account.balance += decoded.balanceChange
        account.version = event.streamVersion
        return account
    }
}
