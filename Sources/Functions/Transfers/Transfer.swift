package import LOW

/// The `Transfer` read model: a row of the table `transfers`, shaped as the GraphQL type.
package struct Transfer: ReadModel {
    package static let table = "transfers"
    package static let pending = "PENDING"
    package static let completed = "COMPLETED"
    package static let failed = "FAILED"

    package var id: String
    package var from: String
    package var to: String
    package var amount: Int
    /// `PENDING`, `COMPLETED` or `FAILED` (the GraphQL enum `TransferStatus`).
    package var status: String
    /// Why a FAILED transfer failed; `nil` otherwise.
    package var reason: String?

    package init(id: String, from: String, to: String, amount: Int, status: String, reason: String?) {
        self.id = id
        self.from = from
        self.to = to
        self.amount = amount
        self.status = status
        self.reason = reason
    }

    package init(value: Value) throws(PayloadError) {
        id = try value.string("id")
        from = try value.string("from")
        to = try value.string("to")
        amount = try value.int("amount")
        status = try value.oneOf("status", [Self.pending, Self.completed, Self.failed])
        reason = try value.optionalString("reason")
    }

    package var value: Value {
        [
            "id": .string(id), "from": .string(from), "to": .string(to), "amount": .int(amount),
            "status": .string(status), "reason": Value(reason),
        ]
    }
}
