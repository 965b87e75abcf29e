package import LOW

/// Invites a customer by email. An address is invited once: the first invitation wins, whatever
/// the case of its letters.
package struct InviteCustomerHandler: Handler {
    package static let meta = OperatorMeta(
        name: "invite-customer", inputs: [OperatorMeta.clientCommands], output: "customers")

    package struct Facts: Sendable, Equatable {
        /// The customer who already holds this address, if any.
        package var invitedAs: String?
        package init(invitedAs: String?) { self.invitedAs = invitedAs }
    }

    package init() {}

    package func lookup(_ command: InviteCustomer, in reader: some Reader) async throws -> Facts {
        Facts(invitedAs: try await reader.owner(of: .customerEmail(command.email)))
    }

    package func operate(_ command: InviteCustomer, facts: Facts, context: DecisionContext)
        -> Decision<CustomerEvent>
    {
        guard EmailAddress.isPlausible(command.email) else {
            return .rejected(.invalidInput("email", reason: "invalid email"))
        }
        guard facts.invitedAs == nil else { return .rejected(.refused("already invited")) }
        return .accepted([.invited(id: context.newID("customer"), email: command.email, at: context.now)])
    }

    package func write(_ event: CustomerEvent, into changes: inout ChangeSet) {
        switch event {
        case .invited(let id, let email, _):
            // Claimed in the event's own commit, so a concurrent twin fails there and is retried.
            changes.claim(.customerEmail(email), for: id)
        }
    }
}
