package import LOW

extension AccountEvent {
    /// The typed event a recorded one stands for; `nil` when its type is not of this area.
    /// - Throws: `PayloadError` when the type is ours but the payload does not have its shape.
    package init?(recorded event: RecordedEvent) throws(PayloadError) {
        let p = event.payload
        switch event.type {
        case "AccountOpened":
            self = .opened(
                id: try p.string("id"), owner: try p.string("owner"), initialDeposit: try p.int("initialDeposit"))
        case "MoneyDeposited": self = .deposited(id: try p.string("id"), amount: try p.int("amount"))
        case "MoneyWithdrawn": self = .withdrawn(id: try p.string("id"), amount: try p.int("amount"))
        case "MoneyDebited":
            self = .debited(
                id: try p.string("id"), amount: try p.int("amount"), transferId: try p.string("transferId"),
                creditTo: try p.string("creditTo"))
        case "MoneyCredited":
            self = .credited(
                id: try p.string("id"), amount: try p.int("amount"), transferId: try p.string("transferId"),
                debitedFrom: try p.string("debitedFrom"))
        case "MoneyRefunded":
            self = .refunded(
                id: try p.string("id"), amount: try p.int("amount"), transferId: try p.string("transferId"),
                failureReason: try p.string("failureReason"))
        default: return nil
        }
    }
}
