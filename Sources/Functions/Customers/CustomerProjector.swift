package import LOW

/// Projects customer events into the `customers` table.
package struct CustomerProjector: Projector {
    package static let meta = OperatorMeta(
        name: "customer-projector", inputs: [OperatorMeta.events], output: Customer.table)

    package init() {}

    package func rowID(for event: RecordedEvent) -> String? {
        guard let decoded = try? CustomerEvent(recorded: event) else { return nil }
        switch decoded {
        case .invited(let id, _, _): return id
        }
    }

    package func apply(_ event: RecordedEvent, to row: Customer?) -> Customer? {
        guard let decoded = try? CustomerEvent(recorded: event) else { return row }
        switch decoded {
        case .invited(let id, let email, let at):
            return Customer(id: id, email: email, invited: true, invitedAt: at.description)
        }
    }
}
