import Functions
import LOW
import LOWTesting
import Testing

struct CustomerPayloadTests {
    @Test func inviteCustomerDecodesItsArgument() throws {
        #expect(try InviteCustomer(payload: ["email": "ada@example.com"]) == InviteCustomer(email: "ada@example.com"))
    }

    @Test func inviteCustomerRoundTripsThroughItsPayload() throws {
        let command = InviteCustomer(email: "ada@example.com")
        #expect(try InviteCustomer(payload: command.payload) == command)
    }

    @Test func aMissingEmailIsAPayloadError() {
        #expect(throws: PayloadError(field: "email", expected: "a string")) { try InviteCustomer(payload: [:]) }
    }

    @Test func aWrongTypedEmailIsAPayloadError() {
        #expect(throws: PayloadError(field: "email", expected: "a string")) {
            try InviteCustomer(payload: ["email": 42])
        }
    }

    @Test func theEventRoundTripsThroughItsRecordedForm() throws {
        let event = CustomerEvent.invited(id: "c-1", email: "ada@example.com", at: DecisionContext.fixedNow)
        #expect(try CustomerEvent(recorded: .given(event)) == event)
    }

    @Test func aMalformedInvitationDateIsAPayloadError() {
        var recorded = RecordedEvent.given(
            CustomerEvent.invited(id: "c-1", email: "ada@example.com", at: DecisionContext.fixedNow))
        recorded.payload = ["id": "c-1", "email": "ada@example.com", "invitedAt": "yesterday"]
        #expect(throws: PayloadError(field: "invitedAt", expected: "an RFC 3339 date-time")) {
            try CustomerEvent(recorded: recorded)
        }
    }

    @Test func aReadModelRowWithoutInvitedIsAPayloadError() {
        #expect(throws: PayloadError(field: "invited", expected: "a boolean")) {
            try Customer(value: ["id": "c-1", "email": "ada@example.com"])
        }
    }
}
