import Functions
import LOW
import LOWTesting
import Testing

struct OpenAccountHandlerTests {
    let handler = OpenAccountHandler()
    let context = DecisionContext.fixed(commandID: "cmd-1")

    @Test(arguments: [0, 1, 100_000])
    func opensAnAccountWithItsFirstDeposit(_ deposit: Int) {
        let decision = handler.operate(
            OpenAccount(owner: "Ada", initialDeposit: deposit), facts: NoFacts(), context: context)
        #expect(decision == .accepted([.opened(id: context.newID("account"), owner: "Ada", initialDeposit: deposit)]))
    }

    @Test func theAccountLivesInItsOwnStream() {
        let event = handler.operate(OpenAccount(owner: "Ada"), facts: NoFacts(), context: context).events.first
        #expect(event?.streamID == "account-\(context.newID("account"))")
    }

    @Test(arguments: ["", "   "])
    func rejectsABlankOwner(_ owner: String) {
        let decision = handler.operate(OpenAccount(owner: owner), facts: NoFacts(), context: context)
        #expect(decision == .rejected(.invalidInput("owner", reason: "invalid owner")))
    }

    @Test func rejectsANegativeInitialDeposit() {
        let decision = handler.operate(
            OpenAccount(owner: "Ada", initialDeposit: -1), facts: NoFacts(), context: context)
        #expect(decision == .rejected(.invalidInput("initialDeposit", reason: "invalid amount")))
    }

    @Test func opensWithTheLargestBalance() {
        let decision = handler.operate(
            OpenAccount(owner: "Ada", initialDeposit: AccountRules.maximumBalance), facts: NoFacts(), context: context)
        #expect(decision.events.count == 1)
    }

    @Test func rejectsAnInitialDepositPastTheLargestBalance() {
        let decision = handler.operate(
            OpenAccount(owner: "Ada", initialDeposit: AccountRules.maximumBalance + 1), facts: NoFacts(),
            context: context)
        #expect(decision == .rejected(.invalidInput("initialDeposit", reason: "invalid amount")))
    }
}
