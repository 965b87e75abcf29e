import Functions
import LOW
import LOWTesting
import Testing

struct TransferMoneyHandlerTests {
    let handler = TransferMoneyHandler()
    let context = DecisionContext.fixed(commandID: "cmd-1")

    @Test func requestsATransferInANewStream() {
        let decision = handler.operate(TransferMoney(from: "a-1", to: "a-2", amount: 5), facts: NoFacts(), context: context)
        let id = context.newID("transfer")
        #expect(decision == .accepted([.requested(id: id, from: "a-1", to: "a-2", amount: 5)]))
        #expect(decision.events.first?.streamID == "transfer-\(id)")
    }

    @Test func refusesTheSameAccountOnBothSides() {
        let decision = handler.operate(TransferMoney(from: "a-1", to: "a-1", amount: 5), facts: NoFacts(), context: context)
        #expect(decision == .rejected(.invalidInput("to", reason: "same account")))
    }

    @Test(arguments: [0, -5])
    func rejectsAnAmountNotAboveZero(_ amount: Int) {
        let decision = handler.operate(TransferMoney(from: "a-1", to: "a-2", amount: amount), facts: NoFacts(), context: context)
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }

    @Test func theCallerWaitsForTheTransferToClose() {
        #expect(TransferMoneyHandler.meta.completesOn == ["TransferCompleted", "TransferFailed"])
        #expect(TransferMoneyHandler.meta.inputs == [OperatorMeta.clientCommands])
    }
}

struct CompleteTransferHandlerTests {
    let handler = HandlerCase(CompleteTransferHandler())
    let requested = TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5)

    @Test func completesAPendingTransfer() async throws {
        let decision = try await handler.given(requested).when(CompleteTransfer(transferId: "t-1"))
        #expect(decision == .accepted([.completed(id: "t-1")]))
    }

    @Test func refusesAnUnknownTransfer() async throws {
        #expect(try await handler.when(CompleteTransfer(transferId: "t-1")) == .rejected(.refused("unknown transfer")))
    }

    @Test func refusesAClosedTransfer() async throws {
        let decision = try await handler.given(requested, TransferEvent.failed(id: "t-1", reason: "x"))
            .when(CompleteTransfer(transferId: "t-1"))
        #expect(decision == .rejected(.refused("transfer closed")))
    }
}

struct FailTransferHandlerTests {
    let handler = HandlerCase(FailTransferHandler())
    let requested = TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5)

    @Test func failsAPendingTransferWithTheReason() async throws {
        let decision = try await handler.given(requested).when(FailTransfer(transferId: "t-1", reason: "insufficient funds"))
        #expect(decision == .accepted([.failed(id: "t-1", reason: "insufficient funds")]))
    }

    @Test func refusesAnUnknownTransfer() async throws {
        let decision = try await handler.when(FailTransfer(transferId: "t-1", reason: "r"))
        #expect(decision == .rejected(.refused("unknown transfer")))
    }

    @Test func refusesACompletedTransfer() async throws {
        let decision = try await handler.given(requested, TransferEvent.completed(id: "t-1"))
            .when(FailTransfer(transferId: "t-1", reason: "r"))
        #expect(decision == .rejected(.refused("transfer closed")))
    }
}
