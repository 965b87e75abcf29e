import Functions
import LOW
import LOWTesting
import Testing

struct UserPayloadTests {
    @Test func registerUserTakesAnAbsentOrNullAgeAsNone() throws {
        #expect(try RegisterUser(payload: ["name": "Ada"]) == RegisterUser(name: "Ada", age: nil))
        #expect(try RegisterUser(payload: ["name": "Ada", "age": nil]) == RegisterUser(name: "Ada", age: nil))
        #expect(RegisterUser(name: "Ada").payload == ["name": "Ada"])
    }

    @Test func commandsRoundTripThroughTheirPayloads() throws {
        let register = RegisterUser(name: "Ada", age: 36)
        let update = UpdateUserEmail(id: "u-1", email: "ada@example.com")
        let disable = DisableUser(id: "u-1")
        let view = RecordPageview(id: "u-1", url: "/home", renderTime: 12)
        #expect(try RegisterUser(payload: register.payload) == register)
        #expect(try UpdateUserEmail(payload: update.payload) == update)
        #expect(try DisableUser(payload: disable.payload) == disable)
        #expect(try RecordPageview(payload: view.payload) == view)
    }

    @Test func aWrongTypedAgeIsAPayloadError() {
        #expect(throws: PayloadError(field: "age", expected: "an integer or null")) {
            try RegisterUser(payload: ["name": "Ada", "age": "36"])
        }
    }

    @Test func aMissingFieldIsAPayloadError() {
        #expect(throws: PayloadError(field: "name", expected: "a string")) { try RegisterUser(payload: ["age": 3]) }
        #expect(throws: PayloadError(field: "email", expected: "a string")) {
            try UpdateUserEmail(payload: ["id": "u"])
        }
        #expect(throws: PayloadError(field: "id", expected: "a string")) { try DisableUser(payload: [:]) }
        #expect(throws: PayloadError(field: "renderTime", expected: "an integer")) {
            try RecordPageview(payload: ["id": "u", "url": "/"])
        }
    }

    @Test func aPayloadThatIsNotAnObjectIsAPayloadError() {
        #expect(throws: PayloadError.self) { try DisableUser(payload: "u-1") }
    }

    @Test(arguments: [
        UserEvent.registered(id: "u-1", name: "Ada", age: nil), .registered(id: "u-1", name: "Ada", age: 3),
        .emailUpdated(id: "u-1", email: "a@b.c"), .disabled(id: "u-1"), .pageviewed(id: "u-1", url: "/", renderTime: 0),
    ])
    func eventsRoundTripThroughTheirRecordedForm(_ event: UserEvent) throws {
        let recorded = RecordedEvent.given(event)
        #expect(recorded.streamID == "user-u-1")
        #expect(try UserEvent(recorded: recorded) == event)
    }

    @Test func eventsHaveTheirStoredNames() {
        let types = [
            UserEvent.registered(id: "u", name: "n", age: nil), .emailUpdated(id: "u", email: "e"), .disabled(id: "u"),
            .pageviewed(id: "u", url: "/", renderTime: 0),
        ].map(\.type)
        #expect(types == ["UserRegistered", "UserEmailUpdated", "UserDisabled", "UserPageviewed"])
    }

    @Test func aRecordedEventWithAMissingFieldIsAPayloadError() {
        var recorded = RecordedEvent.given(UserEvent.pageviewed(id: "u-1", url: "/", renderTime: 1))
        recorded.payload = ["id": "u-1", "url": "/"]
        #expect(throws: PayloadError(field: "renderTime", expected: "an integer")) { try UserEvent(recorded: recorded) }
    }
}
