import Functions
import LOW
import LOWTesting
import Testing

struct InviteCustomerHandlerTests {
    let handler = InviteCustomerHandler()
    let context = DecisionContext.fixed(commandID: "cmd-1")
    let ada = InviteCustomer(email: "ada@example.com")
    let unknown = InviteCustomerHandler.Facts(invitedAs: nil)

    @Test func invitesAnAddressNobodyHolds() {
        let decision = handler.operate(ada, facts: unknown, context: context)
        #expect(decision == .accepted([.invited(id: context.newID("customer"), email: ada.email, at: context.now)]))
    }

    @Test func refusesAnAddressAlreadyInvited() {
        let decision = handler.operate(ada, facts: .init(invitedAs: "c-7"), context: context)
        #expect(decision == .rejected(.refused("already invited")))
    }

    @Test(arguments: ["", "ada", "ada@", "@example.com", "ada@example", "ada @example.com"])
    func rejectsAMalformedAddress(_ email: String) {
        let decision = handler.operate(InviteCustomer(email: email), facts: unknown, context: context)
        #expect(decision == .rejected(.invalidInput("email", reason: "invalid email")))
    }

    @Test func checksTheAddressBeforeWhoHoldsIt() {
        let decision = handler.operate(InviteCustomer(email: "ada"), facts: .init(invitedAs: "c-7"), context: context)
        #expect(decision.rejection?.reason == "invalid email")
    }

    @Test func lookupMatchesAnAddressWhateverItsCase() async throws {
        let reader = FixedReader(owners: [.customerEmail("ada@example.com"): "c-7"])
        let facts = try await handler.lookup(InviteCustomer(email: "Ada@Example.com"), in: reader)
        #expect(facts.invitedAs == "c-7")
    }

    @Test func aSecondInvitationInAnotherCaseIsRefused() async throws {
        let decision = try await HandlerCase(handler)
            .given(.customerEmail("ada@example.com"), ownedBy: "c-7")
            .when(InviteCustomer(email: "ADA@example.com"))
        #expect(decision.rejection?.reason == "already invited")
    }

    @Test func writeClaimsTheLowerCasedAddressForTheNewCustomer() async throws {
        let changes = try await HandlerCase(handler, context: context).changes(
            for: InviteCustomer(email: "Ada@Example.com"))
        let key = UniqueKey(scope: "customer-email", value: "ada@example.com")
        #expect(changes.claims == [key: context.newID("customer")])
    }

    @Test func writeClaimsNothingForARejection() async throws {
        let changes = try await HandlerCase(handler).changes(for: InviteCustomer(email: "nope"))
        #expect(changes.claims.isEmpty)
    }

    @Test func theCustomerLivesInItsOwnStream() {
        let id = context.newID("customer")
        let event = CustomerEvent.invited(id: id, email: ada.email, at: context.now)
        #expect(event.streamID == "customer-\(id)")
        #expect(event.type == "CustomerInvited")
    }
}
