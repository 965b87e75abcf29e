import Functions
import LOW
import LOWTesting
import Testing

struct UserProjectorTests {
    let projector = UserProjector()
    let ada = User(id: "u-1", name: "Ada", age: 36, email: nil, status: "ACTIVE", viewcount: 0)

    func project(_ event: UserEvent, onto row: User?) -> User? {
        let recorded = RecordedEvent.given(event)
        #expect(projector.rowID(for: recorded) == event.userID)
        return projector.apply(recorded, to: row)
    }

    @Test func registrationCreatesAnActiveUserWithoutViews() {
        #expect(project(.registered(id: "u-1", name: "Ada", age: 36), onto: nil) == ada)
    }

    @Test func anEmailUpdateSetsTheEmail() {
        #expect(project(.emailUpdated(id: "u-1", email: "ada@example.com"), onto: ada)?.email == "ada@example.com")
    }

    @Test func disablingSetsTheStatus() {
        #expect(project(.disabled(id: "u-1"), onto: ada)?.status == "DISABLED")
    }

    @Test func aPageviewAddsOneView() {
        var seen = ada
        seen.viewcount = 41
        #expect(project(.pageviewed(id: "u-1", url: "/", renderTime: 3), onto: seen)?.viewcount == 42)
    }

    @Test func anUpdateOfAMissingRowCreatesNothing() {
        #expect(project(.disabled(id: "u-1"), onto: nil) == nil)
    }

    @Test func theRowIsTheGraphQLTypesFields() throws {
        #expect(
            ada.value == ["id": "u-1", "name": "Ada", "age": 36, "email": nil, "status": "ACTIVE", "viewcount": 0])
        #expect(try User(value: ada.value) == ada)
    }

    @Test func aRowWithAnUnknownStatusIsAPayloadError() {
        var value = ada.value
        if case .object(var fields) = value {
            fields["status"] = "GONE"
            value = .object(fields)
        }
        #expect(throws: PayloadError.self) { try User(value: value) }
    }

    @Test func ignoresEventsOfOtherAreas() {
        let other = RecordedEvent.given(AccountEvent.deposited(id: "a-1", amount: 5))
        #expect(projector.rowID(for: other) == nil)
        #expect(projector.apply(other, to: ada) == ada)
    }
}
