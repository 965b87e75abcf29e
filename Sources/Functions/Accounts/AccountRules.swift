package import LOW

/// The checks money movements share, client commands and the transfer's legs alike.
///
/// The payload comes first (`invalid amount`), then the state (`unknown account`, then
/// `insufficient funds` or a balance past `maximumBalance`): a client learns about its own mistake
/// whatever the account's state.
package enum AccountRules {
    /// The largest balance an account may hold, in cents: GraphQL's `Int` is 32-bit (CONTRACT.md
    /// "Amounts and balances"), so a balance above it could be stored but never answered.
    package static let maximumBalance = Int(Int32.max)

    /// Why an account cannot be opened with `initialDeposit`, or `nil` when it can.
    package static func refuseOpening(with initialDeposit: Int) -> Rejection? {
        guard initialDeposit >= 0, initialDeposit <= maximumBalance else {
            return .invalidInput("initialDeposit", reason: "invalid amount")
        }
        return nil
    }

    /// Why `amount` cannot be put into `account`, or `nil` when it can: a client's deposit and a
    /// transfer's credit (whose refusal refunds the source).
    package static func refuseDeposit(of amount: Int, into account: Loaded<AccountState>) -> Rejection? {
        guard amount <= maximumBalance else { return .invalidInput("amount", reason: "invalid amount") }
        if let refusal = refuseMovement(of: amount, on: account) { return refusal }
        // Subtracting keeps the comparison itself from overflowing on a huge amount.
        guard amount <= maximumBalance - account.state.balance else {
            return .invalidInput("amount", reason: "invalid amount")
        }
        return nil
    }

    /// Why a transfer's debited `amount` cannot be given back to `account`, or `nil` when it can.
    ///
    /// Unlike a deposit, a refund is not held to `maximumBalance`: it returns money the account
    /// held before the transfer, and refusing it would lose that money. Only an account refilled
    /// to the limit while its transfer was in flight can pass the limit this way.
    package static func refuseRefund(of amount: Int, into account: Loaded<AccountState>) -> Rejection? {
        refuseMovement(of: amount, on: account)
    }

    /// Why `amount` cannot be taken out of `account`, or `nil` when it can. The balance is the
    /// folded one; the executor's expected version makes a concurrent withdrawal decide again.
    package static func refuseWithdrawal(of amount: Int, from account: Loaded<AccountState>) -> Rejection? {
        if let refusal = refuseMovement(of: amount, on: account) { return refusal }
        guard amount <= account.state.balance else { return .refused("insufficient funds") }
        return nil
    }

    /// What every movement needs: a positive amount, then an open account.
    private static func refuseMovement(of amount: Int, on account: Loaded<AccountState>) -> Rejection? {
        guard amount > 0 else { return .invalidInput("amount", reason: "invalid amount") }
        guard account.state.isOpen else { return .refused("unknown account") }
        return nil
    }
}
