import Functions
import LOW
import LOWTesting
import Testing

struct AccountPayloadTests {
    @Test func openAccountTakesAnAbsentInitialDepositAsZero() throws {
        #expect(try OpenAccount(payload: ["owner": "Ada"]) == OpenAccount(owner: "Ada", initialDeposit: 0))
        #expect(try OpenAccount(payload: ["owner": "Ada", "initialDeposit": nil]).initialDeposit == 0)
    }

    @Test func commandsRoundTripThroughTheirPayloads() throws {
        let open = OpenAccount(owner: "Ada", initialDeposit: 3)
        let deposit = DepositMoney(accountId: "a-1", amount: 5)
        let withdraw = WithdrawMoney(accountId: "a-1", amount: 5)
        let debit = DebitAccount(accountId: "a-1", amount: 5, transferId: "t", creditTo: "a-2")
        let credit = CreditAccount(accountId: "a-2", amount: 5, transferId: "t", debitedFrom: "a-1")
        let refund = RefundAccount(accountId: "a-1", amount: 5, transferId: "t", failureReason: "r")
        #expect(try OpenAccount(payload: open.payload) == open)
        #expect(try DepositMoney(payload: deposit.payload) == deposit)
        #expect(try WithdrawMoney(payload: withdraw.payload) == withdraw)
        #expect(try DebitAccount(payload: debit.payload) == debit)
        #expect(try CreditAccount(payload: credit.payload) == credit)
        #expect(try RefundAccount(payload: refund.payload) == refund)
    }

    @Test func fieldNamesAreTheGraphQLArguments() {
        #expect(DepositMoney(accountId: "a-1", amount: 5).payload == ["accountId": "a-1", "amount": 5])
    }

    @Test func aWrongTypedAmountIsAPayloadError() {
        #expect(throws: PayloadError(field: "amount", expected: "an integer")) {
            try DepositMoney(payload: ["accountId": "a-1", "amount": 5.5])
        }
        #expect(throws: PayloadError(field: "initialDeposit", expected: "an integer or null")) {
            try OpenAccount(payload: ["owner": "Ada", "initialDeposit": "5"])
        }
    }

    @Test func aMissingFieldIsAPayloadError() {
        #expect(throws: PayloadError(field: "accountId", expected: "a string")) {
            try WithdrawMoney(payload: ["amount": 1])
        }
        #expect(throws: PayloadError(field: "owner", expected: "a string")) { try OpenAccount(payload: [:]) }
        #expect(throws: PayloadError(field: "creditTo", expected: "a string")) {
            try DebitAccount(payload: ["accountId": "a", "amount": 1, "transferId": "t"])
        }
    }

    @Test(arguments: [
        AccountEvent.opened(id: "a-1", owner: "Ada", initialDeposit: 0), .deposited(id: "a-1", amount: 1),
        .withdrawn(id: "a-1", amount: 1), .debited(id: "a-1", amount: 1, transferId: "t", creditTo: "a-2"),
        .credited(id: "a-1", amount: 1, transferId: "t", debitedFrom: "a-2"),
        .refunded(id: "a-1", amount: 1, transferId: "t", failureReason: "r"),
    ])
    func eventsRoundTripThroughTheirRecordedForm(_ event: AccountEvent) throws {
        let recorded = RecordedEvent.given(event)
        #expect(recorded.streamID == "account-a-1")
        #expect(try AccountEvent(recorded: recorded) == event)
    }

    @Test func eventsHaveTheirStoredNames() {
        let types = [
            AccountEvent.opened(id: "a", owner: "o", initialDeposit: 0), .deposited(id: "a", amount: 1),
            .withdrawn(id: "a", amount: 1), .debited(id: "a", amount: 1, transferId: "t", creditTo: "b"),
            .credited(id: "a", amount: 1, transferId: "t", debitedFrom: "b"),
            .refunded(id: "a", amount: 1, transferId: "t", failureReason: "r"),
        ].map(\.type)
        #expect(
            types == [
                "AccountOpened", "MoneyDeposited", "MoneyWithdrawn", "MoneyDebited", "MoneyCredited", "MoneyRefunded",
            ])
    }

    @Test func aRecordedEventWithAWrongTypedFieldIsAPayloadError() {
        var recorded = RecordedEvent.given(AccountEvent.deposited(id: "a-1", amount: 1))
        recorded.payload = ["id": "a-1", "amount": "1"]
        #expect(throws: PayloadError(field: "amount", expected: "an integer")) { try AccountEvent(recorded: recorded) }
    }
}
