package import LOW

/// The events of the accounts area, in streams `account-<id>`: every one counts in `Account.version`.
package enum AccountEvent: DomainEvent {
    case opened(id: String, owner: String, initialDeposit: Int)
    case deposited(id: String, amount: Int)
    case withdrawn(id: String, amount: Int)
    /// A transfer's amount left this account; `creditTo` is the transfer's target.
    case debited(id: String, amount: Int, transferId: String, creditTo: String)
    /// A transfer's amount arrived; `debitedFrom` is the transfer's source.
    case credited(id: String, amount: Int, transferId: String, debitedFrom: String)
    /// A debited amount came back because the credit was refused for `failureReason`.
    case refunded(id: String, amount: Int, transferId: String, failureReason: String)

    /// The stream of the account `id`.
    package static func streamID(_ id: String) -> String { "account-\(id)" }

    /// The account the event is about.
    package var accountID: String {
        switch self {
        case .opened(let id, _, _), .deposited(let id, _), .withdrawn(let id, _), .debited(let id, _, _, _),
            .credited(let id, _, _, _), .refunded(let id, _, _, _):
            id
        }
    }

    /// How the event moves the balance, in cents.
    package var balanceChange: Int {
        switch self {
        case .opened(_, _, let amount), .deposited(_, let amount), .credited(_, let amount, _, _),
            .refunded(_, let amount, _, _):
            amount
        case .withdrawn(_, let amount), .debited(_, let amount, _, _): -amount
        }
    }

    package var type: String {
        switch self {
        case .opened: "AccountOpened"
        case .deposited: "MoneyDeposited"
        case .withdrawn: "MoneyWithdrawn"
        case .debited: "MoneyDebited"
        case .credited: "MoneyCredited"
        case .refunded: "MoneyRefunded"
        }
    }

    package var streamID: String { Self.streamID(accountID) }

    package var payload: Value {
        switch self {
        case .opened(let id, let owner, let deposit):
            ["id": .string(id), "owner": .string(owner), "initialDeposit": .int(deposit)]
        case .deposited(let id, let amount), .withdrawn(let id, let amount):
            ["id": .string(id), "amount": .int(amount)]
        case .debited(let id, let amount, let transfer, let target):
            ["id": .string(id), "amount": .int(amount), "transferId": .string(transfer), "creditTo": .string(target)]
        case .credited(let id, let amount, let transfer, let source):
            [
                "id": .string(id), "amount": .int(amount), "transferId": .string(transfer),
                "debitedFrom": .string(source),
            ]
        case .refunded(let id, let amount, let transfer, let reason):
            [
                "id": .string(id), "amount": .int(amount), "transferId": .string(transfer),
                "failureReason": .string(reason),
            ]
        }
    }
}
