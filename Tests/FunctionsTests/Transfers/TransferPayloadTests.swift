import Functions
import LOW
import LOWTesting
import Testing

struct TransferPayloadTests {
    @Test func commandsRoundTripThroughTheirPayloads() throws {
        let transfer = TransferMoney(from: "a-1", to: "a-2", amount: 5)
        let complete = CompleteTransfer(transferId: "t-1")
        let fail = FailTransfer(transferId: "t-1", reason: "r")
        #expect(transfer.payload == ["from": "a-1", "to": "a-2", "amount": 5])
        #expect(try TransferMoney(payload: transfer.payload) == transfer)
        #expect(try CompleteTransfer(payload: complete.payload) == complete)
        #expect(try FailTransfer(payload: fail.payload) == fail)
    }

    @Test func aMissingOrWrongTypedFieldIsAPayloadError() {
        #expect(throws: PayloadError(field: "to", expected: "a string")) {
            try TransferMoney(payload: ["from": "a", "amount": 1])
        }
        #expect(throws: PayloadError(field: "amount", expected: "an integer")) {
            try TransferMoney(payload: ["from": "a", "to": "b", "amount": "1"])
        }
        #expect(throws: PayloadError(field: "reason", expected: "a string")) {
            try FailTransfer(payload: ["transferId": "t"])
        }
    }

    @Test(arguments: [
        TransferEvent.requested(id: "t-1", from: "a-1", to: "a-2", amount: 5), .completed(id: "t-1"),
        .failed(id: "t-1", reason: "r"),
    ])
    func eventsRoundTripThroughTheirRecordedForm(_ event: TransferEvent) throws {
        let recorded = RecordedEvent.given(event)
        #expect(recorded.streamID == "transfer-t-1")
        #expect(try TransferEvent(recorded: recorded) == event)
    }

    @Test func eventsHaveTheirStoredNames() {
        let types = [
            TransferEvent.requested(id: "t", from: "a", to: "b", amount: 1), .completed(id: "t"),
            .failed(id: "t", reason: "r"),
        ]
        .map(\.type)
        #expect(types == ["TransferRequested", "TransferCompleted", "TransferFailed"])
        #expect(TransferEvent.terminalTypes == Set(types.dropFirst()))
    }
}
