import Functions
import LOW
import LOWTesting
import Testing

struct RefundAccountHandlerTests {
    let handler = HandlerCase(RefundAccountHandler())
    let refund = RefundAccount(accountId: "a-1", amount: 7, transferId: "t-1", failureReason: "unknown account")

    @Test func refundsTheSourceKeepingTheReason() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(refund)
        #expect(
            decision
                == .accepted([.refunded(id: "a-1", amount: 7, transferId: "t-1", failureReason: "unknown account")]))
    }

    @Test func refusesAnUnknownAccount() async throws {
        #expect(try await handler.when(refund) == .rejected(.refused("unknown account")))
    }

    @Test func hasNoMutation() {
        #expect(RefundAccountHandler.meta.inputs == [OperatorMeta.processCommands])
    }

    @Test func refundsEvenPastTheLargestBalanceSoNoMoneyIsLost() async throws {
        let decision = try await handler.given(AccountHistory.full(but: 0)).when(refund)
        #expect(decision.events.count == 1)
    }
}
