import Functions
import LOW
import LOWTesting
import Testing

struct CustomerProjectorTests {
    let projector = CustomerProjector()
    let invited = RecordedEvent.given(
        CustomerEvent.invited(id: "c-1", email: "Ada@Example.com", at: DecisionContext.fixedNow))

    @Test func anInvitationCreatesAnInvitedCustomer() {
        #expect(projector.rowID(for: invited) == "c-1")
        let row = projector.apply(invited, to: nil)
        #expect(
            row
                == Customer(
                    id: "c-1", email: "Ada@Example.com", invited: true, invitedAt: "2026-01-02T03:04:05.678Z"))
    }

    @Test func theRowIsTheGraphQLTypesFields() throws {
        let row = try #require(projector.apply(invited, to: nil))
        #expect(
            row.value
                == [
                    "id": "c-1", "email": "Ada@Example.com", "invited": true,
                    "invitedAt": "2026-01-02T03:04:05.678Z",
                ])
        #expect(try Customer(value: row.value) == row)
    }

    @Test func theRowIsFoundByItsAddressWhateverItsCase() throws {
        let row = try #require(projector.apply(invited, to: nil))
        #expect(row.indexKeys[Customer.emailIndex] == Customer.emailKey("ADA@example.com"))
    }

    @Test func ignoresEventsOfOtherAreas() {
        let other = RecordedEvent.given(UserEvent.disabled(id: "u-1"))
        #expect(projector.rowID(for: other) == nil)
    }

    @Test func readsItsWireNames() {
        #expect(CustomerProjector.meta.name == "customer-projector")
        #expect(CustomerProjector.meta.inputs == ["events"])
        #expect(Customer.table == "customers")
    }
}
