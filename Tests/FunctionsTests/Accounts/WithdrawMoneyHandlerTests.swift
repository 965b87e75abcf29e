import Functions
import LOW
import LOWTesting
import Testing

struct WithdrawMoneyHandlerTests {
    let handler = HandlerCase(WithdrawMoneyHandler())

    @Test(arguments: [1, 100])
    func withdrawsUpToTheBalance(_ amount: Int) async throws {
        let decision = try await handler.given(AccountHistory.opened).when(
            WithdrawMoney(accountId: "a-1", amount: amount))
        #expect(decision == .accepted([.withdrawn(id: "a-1", amount: amount)]))
    }

    @Test func refusesToGoBelowZero() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(WithdrawMoney(accountId: "a-1", amount: 101))
        #expect(decision == .rejected(.refused("insufficient funds")))
    }

    @Test func decidesOnTheFoldedBalance() async throws {
        let decision = try await handler.given(
            AccountHistory.opened, AccountEvent.withdrawn(id: "a-1", amount: 60),
            AccountEvent.deposited(id: "a-1", amount: 10)
        ).when(WithdrawMoney(accountId: "a-1", amount: 51))
        #expect(decision.rejection?.reason == "insufficient funds")
    }

    @Test(arguments: [0, -1])
    func rejectsAnAmountNotAboveZero(_ amount: Int) async throws {
        let decision = try await handler.given(AccountHistory.opened).when(
            WithdrawMoney(accountId: "a-1", amount: amount))
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }

    @Test func refusesAnUnknownAccountBeforeLookingAtFunds() async throws {
        let decision = try await handler.when(WithdrawMoney(accountId: "a-1", amount: 5))
        #expect(decision == .rejected(.refused("unknown account")))
    }

    @Test func lookupReadsTheAccountsStreamVersionForTheConcurrencyCheck() async throws {
        let reader = FixedReader(given: [AccountHistory.opened, AccountEvent.deposited(id: "a-1", amount: 1)])
        let facts = try await WithdrawMoneyHandler().lookup(WithdrawMoney(accountId: "a-1", amount: 1), in: reader)
        #expect(facts.version == 2)
        #expect(facts.state.balance == 101)
    }
}
