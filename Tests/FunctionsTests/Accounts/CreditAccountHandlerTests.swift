import Functions
import LOW
import LOWTesting
import Testing

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

    @Test func refusesACreditThatWouldPassTheLargestBalance() async throws {
        let decision = try await handler.given(AccountHistory.full(but: 6)).when(credit)
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }
}
