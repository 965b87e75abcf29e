package import LOW

/// The checks money movements share, client commands and the transfer's legs alike.
///
/// The payload comes first (`invalid amount`), then the state (`unknown account`, then
/// `insufficient funds`): a client learns about its own mistake whatever the account's state.
package enum AccountRules {
    /// Why `amount` cannot be put into `account`, or `nil` when it can.
    package static func refuseDeposit(of amount: Int, into account: Loaded<AccountState>) -> Rejection? {
        guard amount > 0 else { return .invalidInput("amount", reason: "invalid amount") }
        guard account.state.isOpen else { return .refused("unknown account") }
        return nil
    }

    /// Why `amount` cannot be taken out of `account`, or `nil` when it can. The balance is the
    /// folded one; the executor's expected version makes a concurrent withdrawal decide again.
    package static func refuseWithdrawal(of amount: Int, from account: Loaded<AccountState>) -> Rejection? {
        if let refusal = refuseDeposit(of: amount, into: account) { return refusal }
        guard amount <= account.state.balance else { return .refused("insufficient funds") }
        return nil
    }
}
