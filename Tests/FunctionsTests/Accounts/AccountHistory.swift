import Functions

/// Histories the accounts' handler tests start from.
enum AccountHistory {
    /// The account `a-1`, opened with 100 cents.
    static let opened = AccountEvent.opened(id: "a-1", owner: "Ada", initialDeposit: 100)
}

extension AccountHistory {
    /// The account `a-1`, opened `room` cents below the largest balance an account may hold.
    static func full(but room: Int) -> AccountEvent {
        .opened(id: "a-1", owner: "Ada", initialDeposit: AccountRules.maximumBalance - room)
    }
}
