import Functions
import LOW
import LOWTesting
import Testing

struct AccountProjectorTests {
    let projector = AccountProjector()

    /// Projects `events` of one account in order, as committed, from no row.
    func project(_ events: [AccountEvent]) -> Account? {
        RecordedEvent.given(events).reduce(nil as Account?) { row, event in
            #expect(projector.rowID(for: event) == "a-1")
            return projector.apply(event, to: row)
        }
    }

    @Test func openingCreatesTheRowAtVersionOne() {
        #expect(project([AccountHistory.opened]) == Account(id: "a-1", owner: "Ada", balance: 100, version: 1))
    }

    @Test(arguments: [
        (AccountEvent.deposited(id: "a-1", amount: 5), 105),
        (.withdrawn(id: "a-1", amount: 5), 95),
        (.debited(id: "a-1", amount: 5, transferId: "t", creditTo: "a-2"), 95),
        (.credited(id: "a-1", amount: 5, transferId: "t", debitedFrom: "a-2"), 105),
        (.refunded(id: "a-1", amount: 5, transferId: "t", failureReason: "r"), 105),
    ])
    func everyEventMovesTheBalanceAndCountsInTheVersion(_ event: AccountEvent, _ balance: Int) {
        #expect(
            project([AccountHistory.opened, event]) == Account(id: "a-1", owner: "Ada", balance: balance, version: 2))
    }

    @Test func theVersionIsTheEventsStreamVersion() {
        let events = [AccountHistory.opened] + (1...4).map { _ in AccountEvent.deposited(id: "a-1", amount: 1) }
        #expect(project(events)?.version == 5)
        #expect(project(events)?.balance == 104)
    }

    @Test func aMovementOfAMissingRowCreatesNothing() {
        #expect(projector.apply(.given(AccountEvent.deposited(id: "a-1", amount: 5)), to: nil) == nil)
    }

    @Test func ignoresEventsOfOtherAreas() {
        let row = Account(id: "a-1", owner: "Ada", balance: 1, version: 1)
        let other = RecordedEvent.given(TransferEvent.completed(id: "t-1"))
        #expect(projector.rowID(for: other) == nil)
        #expect(projector.apply(other, to: row) == row)
    }

    @Test func theRowIsTheGraphQLTypesFields() throws {
        let row = Account(id: "a-1", owner: "Ada", balance: 1, version: 3)
        #expect(row.value == ["id": "a-1", "owner": "Ada", "balance": 1, "version": 3])
        #expect(try Account(value: row.value) == row)
    }
}
