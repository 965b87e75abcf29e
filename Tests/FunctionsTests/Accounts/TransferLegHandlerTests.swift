import Functions
import LOW
import LOWTesting
import Testing

struct DebitAccountHandlerTests {
    let handler = HandlerCase(DebitAccountHandler())
    func debit(_ amount: Int) -> DebitAccount { DebitAccount(accountId: "a-1", amount: amount, transferId: "t-1", creditTo: "a-2") }

    @Test func debitsTheSourceNamingTheTarget() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(debit(100))
        #expect(decision == .accepted([.debited(id: "a-1", amount: 100, transferId: "t-1", creditTo: "a-2")]))
    }

    @Test func refusesInsufficientFunds() async throws {
        #expect(try await handler.given(AccountHistory.opened).when(debit(101)) == .rejected(.refused("insufficient funds")))
    }

    @Test func refusesAnUnknownAccount() async throws {
        #expect(try await handler.when(debit(1)) == .rejected(.refused("unknown account")))
    }

    @Test func rejectsAnAmountNotAboveZero() async throws {
        #expect(try await handler.given(AccountHistory.opened).when(debit(0)).rejection?.reason == "invalid amount")
    }

    @Test func hasNoMutation() {
        #expect(DebitAccountHandler.meta.inputs == [OperatorMeta.processCommands])
    }
}

struct CreditAccountHandlerTests {
    let handler = HandlerCase(CreditAccountHandler())
    let credit = CreditAccount(accountId: "a-1", amount: 7, transferId: "t-1", debitedFrom: "a-2")

    @Test func creditsTheTargetNamingTheSource() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(credit)
        #expect(decision == .accepted([.credited(id: "a-1", amount: 7, transferId: "t-1", debitedFrom: "a-2")]))
    }

    @Test func refusesAnUnknownAccount() async throws {
        #expect(try await handler.when(credit) == .rejected(.refused("unknown account")))
    }

    @Test func hasNoMutation() {
        #expect(CreditAccountHandler.meta.inputs == [OperatorMeta.processCommands])
    }
}

struct RefundAccountHandlerTests {
    let handler = HandlerCase(RefundAccountHandler())
    let refund = RefundAccount(accountId: "a-1", amount: 7, transferId: "t-1", failureReason: "unknown account")

    @Test func refundsTheSourceKeepingTheReason() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(refund)
        #expect(decision == .accepted([.refunded(id: "a-1", amount: 7, transferId: "t-1", failureReason: "unknown account")]))
    }

    @Test func refusesAnUnknownAccount() async throws {
        #expect(try await handler.when(refund) == .rejected(.refused("unknown account")))
    }

    @Test func hasNoMutation() {
        #expect(RefundAccountHandler.meta.inputs == [OperatorMeta.processCommands])
    }
}
