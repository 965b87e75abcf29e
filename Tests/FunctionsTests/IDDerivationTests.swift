import Functions
import LOW
import LOWTesting
import Testing

struct IDDerivationTests {
    @Test func aCommandCreatesTheSameIDsEveryTime() {
        #expect(
            DecisionContext.fixed(commandID: "cmd-1").newID("account")
                == DecisionContext.fixed(commandID: "cmd-1").newID("account"))
    }

    @Test func idsAreVersion5UUIDsUnderTheCommandID() {
        // Python: uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, "idempotency-key:abc"), "account")
        let context = DecisionContext(commandID: .forIdempotencyKey("abc"), now: DecisionContext.fixedNow)
        #expect(context.newID("account") == "1f98aa89-2170-56cd-a7a4-0f15bab352ba")
        #expect(context.newID("transfer") == "69c77818-392b-5e2e-81d7-66750355b79e")
    }

    @Test func anotherCommandOrAnotherNameGivesAnotherID() {
        let one = DecisionContext.fixed(commandID: "cmd-1")
        let two = DecisionContext.fixed(commandID: "cmd-2")
        #expect(one.newID("account") != two.newID("account"))
        #expect(one.newID("account") != one.newID("transfer"))
    }

    @Test func aRetriedCommandDecidesTheSameEvents() {
        let context = DecisionContext.fixed(commandID: "cmd-1")
        let command = OpenAccount(owner: "Ada", initialDeposit: 5)
        let first = OpenAccountHandler().operate(command, facts: NoFacts(), context: context)
        let retry = OpenAccountHandler().operate(command, facts: NoFacts(), context: context)
        #expect(first == retry)
    }

    @Test func newIDsAreCanonicalLowerCaseText() throws {
        let id = DecisionContext.fixed().newID("customer")
        #expect(id == id.lowercased())
        #expect(try #require(ID(id)).description == id)
    }
}
