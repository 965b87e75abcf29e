import Functions
import LOW
import LOWTesting
import Testing

struct DepositMoneyHandlerTests {
    let handler = HandlerCase(DepositMoneyHandler())

    @Test func depositsIntoAnOpenAccount() async throws {
        let decision = try await handler.given(AccountHistory.opened).when(DepositMoney(accountId: "a-1", amount: 5))
        #expect(decision == .accepted([.deposited(id: "a-1", amount: 5)]))
    }

    @Test(arguments: [0, -5])
    func rejectsAnAmountNotAboveZero(_ amount: Int) async throws {
        let decision = try await handler.given(AccountHistory.opened).when(
            DepositMoney(accountId: "a-1", amount: amount))
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }

    @Test func refusesAnUnknownAccount() async throws {
        let decision = try await handler.when(DepositMoney(accountId: "a-1", amount: 5))
        #expect(decision == .rejected(.refused("unknown account")))
    }

    @Test func checksTheAmountBeforeTheAccount() async throws {
        let decision = try await handler.when(DepositMoney(accountId: "a-1", amount: 0))
        #expect(decision.rejection?.reason == "invalid amount")
    }

    @Test func depositsUpToTheLargestBalance() async throws {
        let decision = try await handler.given(AccountHistory.full(but: 5)).when(
            DepositMoney(accountId: "a-1", amount: 5))
        #expect(decision == .accepted([.deposited(id: "a-1", amount: 5)]))
    }

    @Test func rejectsADepositThatWouldPassTheLargestBalance() async throws {
        let decision = try await handler.given(AccountHistory.full(but: 5)).when(
            DepositMoney(accountId: "a-1", amount: 6))
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }

    @Test func rejectsAnAmountNoBalanceCouldHoldBeforeLookingAtTheAccount() async throws {
        let decision = try await handler.when(DepositMoney(accountId: "a-1", amount: Int.max))
        #expect(decision == .rejected(.invalidInput("amount", reason: "invalid amount")))
    }
}
