import Functions
import LOW
import LOWTesting
import Testing

struct RegisterUserHandlerTests {
    let handler = RegisterUserHandler()
    let context = DecisionContext.fixed(commandID: "cmd-1")
    let free = RegisterUserHandler.Facts(takenBy: nil)

    @Test func registersAFreeName() {
        let decision = handler.operate(RegisterUser(name: "Ada", age: 36), facts: free, context: context)
        #expect(decision == .accepted([.registered(id: context.newID("user"), name: "Ada", age: 36)]))
    }

    @Test(arguments: [nil, 0, 150] as [Int?])
    func acceptsAnAbsentAgeOrOneFromZeroTo150(_ age: Int?) {
        let decision = handler.operate(RegisterUser(name: "Ada", age: age), facts: free, context: context)
        #expect(decision.events.count == 1)
    }

    @Test(arguments: [-1, 151, Int.min, Int.max])
    func rejectsAnAgeOutside0To150(_ age: Int) {
        let decision = handler.operate(RegisterUser(name: "Ada", age: age), facts: free, context: context)
        #expect(decision == .rejected(.invalidInput("age", reason: "invalid age")))
    }

    @Test(arguments: ["", " ", "\t\n"])
    func rejectsABlankName(_ name: String) {
        let decision = handler.operate(RegisterUser(name: name), facts: free, context: context)
        #expect(decision == .rejected(.invalidInput("name", reason: "invalid name")))
    }

    @Test func refusesATakenNameAsUserRegistrationFailed() {
        let decision = handler.operate(RegisterUser(name: "Ada"), facts: .init(takenBy: "u-1"), context: context)
        #expect(decision == .rejected(.refused("name taken", storedAs: "UserRegistrationFailed")))
    }

    @Test func checksThePayloadBeforeTheName() {
        let decision = handler.operate(
            RegisterUser(name: "Ada", age: 200), facts: .init(takenBy: "u-1"), context: context)
        #expect(decision.rejection?.reason == "invalid age")
    }

    @Test func aNameIsTakenWhateverItsCaseOrSurroundingSpaces() async throws {
        let decision = try await HandlerCase(handler)
            .given(.userName("Ada"), ownedBy: "u-1")
            .when(RegisterUser(name: " ADA "))
        #expect(decision.rejection?.reason == "name taken")
    }

    @Test func writeClaimsTheNameForTheNewUser() async throws {
        let changes = try await HandlerCase(handler, context: context).changes(for: RegisterUser(name: "Ada"))
        #expect(changes.claims == [UniqueKey(scope: "user-name", value: "ada"): context.newID("user")])
    }
}
