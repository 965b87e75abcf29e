/// Money that moved, as the answers said: accepted deposits and completed transfers. Summed up
/// it is what every balance must be once each command has been handled exactly once.
enum Move: Sendable {
    case deposit(account: String, amount: Int)
    case transfer(from: String, to: String, amount: Int)

    /// The balances that `opening` (account: first balance) and `moves` add up to.
    static func balances(_ opening: [String: Int], _ moves: [Move]) -> [String: Int] {
        var balances = opening
        for move in moves {
            switch move {
            case .deposit(let account, let amount): balances[account, default: 0] += amount
            case .transfer(let from, let to, let amount):
                balances[from, default: 0] -= amount
                balances[to, default: 0] += amount
            }
        }
        return balances
    }
}
