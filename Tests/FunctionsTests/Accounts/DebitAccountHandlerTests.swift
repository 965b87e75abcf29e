import Functions
import LOW
import LOWTesting
import Testing

struct DebitAccountHandlerTests {
    let handler = HandlerCase(DebitAccountHandler())
    func debit(_ amount: Int) -> DebitAccount {
        DebitAccount(accountId: "a-1", amount: amount, transferId: "t-1", creditTo: "a-2")
    }

    @Test func debitsTheSourceNamingTheTarget() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(debit(100))
        #expect(decision == .accepted([.debited(id: "a-1", amount: 100, transferId: "t-1", creditTo: "a-2")]))
    }

    @Test func refusesInsufficientFunds() async throws {
        #expect(
            try await handler.given(AccountHistory.opened).when(debit(101)) == .rejected(.refused("insufficient funds"))
        )
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
