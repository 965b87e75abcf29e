import Functions
import LOW
import LOWTesting
import Testing

struct FixedReaderTests {
    @Test func givenEventsCountVersionsPerStream() async throws {
        let reader = FixedReader(given: [
            AccountEvent.opened(id: "a-1", owner: "Ada", initialDeposit: 0),
            AccountEvent.opened(id: "a-2", owner: "Bob", initialDeposit: 0),
            AccountEvent.deposited(id: "a-1", amount: 1),
        ])
        let events = try await reader.events(inStream: "account-a-1", after: 0)
        #expect(events.map(\.streamVersion) == [1, 2])
        #expect(events.map(\.position) == [1, 3])
        #expect(try await reader.events(inStream: "account-a-1", after: 1).count == 1)
        #expect(try await reader.events(inStream: "account-a-9", after: 0).isEmpty)
    }

    @Test func answersTheGivenOwners() async throws {
        let reader = FixedReader(owners: [.userName("ada"): "u-1"])
        #expect(try await reader.owner(of: .userName("Ada")) == "u-1")
        #expect(try await reader.owner(of: .userName("Bob")) == nil)
    }

    @Test func aRejectionEventHasTheExecutorsShape() {
        let event = RecordedEvent.rejection(of: DepositMoney(accountId: "a-1", amount: 0), reason: "invalid amount")
        #expect(event.type == "DepositMoneyRejected")
        #expect(event.streamID == "rejection-\(event.commandID)")
        #expect(event.payload == ["accountId": "a-1", "amount": 0, "reason": "invalid amount"])
    }
}
