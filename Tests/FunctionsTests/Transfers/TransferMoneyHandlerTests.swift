import Functions
import LOW
import LOWTesting
import Testing

struct TransferMoneyHandlerTests {
    let handler = TransferMoneyHandler()
    let context = DecisionContext.fixed(commandID: "cmd-1")

    @Test func requestsATransferInANewStream() {
        let decision = handler.operate(
            TransferMoney(from: "a-1", to: "a-2", amount: 5), facts: NoFacts(), context: context)
        let id = context.newID("transfer")
        #expect(decision == .accepted([.requested(id: id, from: "a-1", to: "a-2", amount: 5)]))
        #expect(decision.events.first?.streamID == "transfer-\(id)")
    }

    @Test func refusesTheSameAccountOnBothSides() {
        let decision = handler.operate(
            TransferMoney(from: "a-1", to: "a-1", amount: 5), facts: NoFacts(), context: context)
        #expect(decision == .rejected(.invalidInput("to", reason: "same account")))
    }

    @Test(arguments: [0, -5])
    func rejectsAnAmountNotAboveZero(_ amount: Int) {
        let decision = handler.operate(
            TransferMoney(from: "a-1", to: "a-2", amount: amount), facts: NoFacts(), context: context)
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }

    @Test func theCallerWaitsForTheTransferToClose() {
        #expect(TransferMoneyHandler.meta.completesOn == ["TransferCompleted", "TransferFailed"])
        #expect(TransferMoneyHandler.meta.inputs == [OperatorMeta.clientCommands])
    }
}
