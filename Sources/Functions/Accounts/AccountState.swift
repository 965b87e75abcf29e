package import LOW

/// An account as its stream folds: what the accounts' handlers decide on.
package struct AccountState: Aggregate, Equatable {
    package var isOpen = false
    package var balance = 0

    package init() {}

    package mutating func apply(_ event: RecordedEvent) {
        guard let decoded = try? AccountEvent(recorded: event) else { return }
        if case .opened = decoded { isOpen = true }
        balance += decoded.balanceChange
    }
}
