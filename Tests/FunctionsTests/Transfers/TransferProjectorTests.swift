import Functions
import LOW
import LOWTesting
import Testing

struct TransferProjectorTests {
    let projector = TransferProjector()
    let pending = Transfer(id: "t-1", from: "a-1", to: "a-2", amount: 5, status: "PENDING", reason: nil)

    func project(_ event: TransferEvent, onto row: Transfer?) -> Transfer? {
        let recorded = RecordedEvent.given(event)
        #expect(projector.rowID(for: recorded) == "t-1")
        return projector.apply(recorded, to: row)
    }

    @Test func aRequestCreatesAPendingTransfer() {
        #expect(project(.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5), onto: nil) == pending)
    }

    @Test func completionMarksItCompletedWithoutAReason() {
        let row = project(.completed(id: "t-1"), onto: pending)
        #expect(row?.status == "COMPLETED")
        #expect(row?.reason == nil)
    }

    @Test func failureMarksItFailedWithTheReason() {
        let row = project(.failed(id: "t-1", reason: "insufficient funds"), onto: pending)
        #expect(row?.status == "FAILED")
        #expect(row?.reason == "insufficient funds")
    }

    @Test func aClosingOfAMissingRowCreatesNothing() {
        #expect(project(.completed(id: "t-1"), onto: nil) == nil)
        #expect(project(.failed(id: "t-1", reason: "r"), onto: nil) == nil)
    }

    @Test func theRowIsTheGraphQLTypesFields() throws {
        #expect(
            pending.value == ["id": "t-1", "from": "a-1", "to": "a-2", "amount": 5, "status": "PENDING", "reason": nil])
        #expect(try Transfer(value: pending.value) == pending)
    }

    @Test func ignoresEventsOfOtherAreas() {
        let other = RecordedEvent.given(
            AccountEvent.credited(id: "a-2", amount: 5, transferId: "t-1", debitedFrom: "a-1"))
        #expect(projector.rowID(for: other) == nil)
        #expect(projector.apply(other, to: pending) == pending)
    }
}
