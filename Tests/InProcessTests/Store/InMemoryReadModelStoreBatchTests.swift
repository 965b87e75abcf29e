import Functions
import InProcess
import LOW
import Testing

/// `SynchronousReadModelStore.update` through `AnyProjector.apply(_:passed:to:)`: the batch path a
/// projection runner takes for an in-memory store.
struct InMemoryReadModelStoreBatchTests {
    private static func event(_ position: Int64, _ payload: AccountEvent) -> RecordedEvent {
        let command = ID(high: 1, low: UInt64(position))
        return RecordedEvent(
            id: ID(high: 2, low: UInt64(position)), type: payload.type, streamID: payload.streamID,
            streamVersion: Int(position), position: position, occurredAt: Timestamp(microseconds: position),
            commandID: command, causationID: command, correlationID: command, payload: payload.payload)
    }

    private static let events = [
        event(1, .opened(id: "a", owner: "Ada", initialDeposit: 100)),
        event(2, .deposited(id: "a", amount: 5)),
        event(3, .opened(id: "b", owner: "Bob", initialDeposit: 7)),
        event(4, .withdrawn(id: "a", amount: 30)),
    ]

    @Test func aBatchLeavesTheRowsAndCheckpointThatEventByEventDoes() async throws {
        let projector = AnyProjector(AccountProjector())
        let batched = InMemoryReadModelStore()
        let single = InMemoryReadModelStore()
        try projector.apply(Self.events[...], passed: 4, to: batched)
        for event in Self.events { try await projector.apply(event, to: single) }
        for store in [batched, single] {
            #expect(try await store.row(Account.self, id: "a")?.balance == 75)
            #expect(try await store.row(Account.self, id: "a")?.version == 4)
        }
        #expect(
            try await batched.rows(Account.self, after: nil, first: 10)
                == single.rows(Account.self, after: nil, first: 10))
        #expect(try await batched.checkpoint(of: projector.meta.name) == 4)
    }

    @Test func theCheckpointMovesToThePassedPositionBeyondTheLastEvent() async throws {
        let projector = AnyProjector(AccountProjector())
        let store = InMemoryReadModelStore()
        try projector.apply(Self.events[..<2], passed: 9, to: store)
        #expect(try await store.checkpoint(of: projector.meta.name) == 9)
        #expect(try await store.row(Account.self, id: "a")?.balance == 105)
    }

    @Test func aBatchContinuesFromTheRowsAnEarlierBatchLeft() async throws {
        let projector = AnyProjector(AccountProjector())
        let store = InMemoryReadModelStore()
        try projector.apply(Self.events[..<2], passed: 2, to: store)
        try projector.apply(Self.events[2...], passed: 4, to: store)
        #expect(try await store.row(Account.self, id: "a")?.balance == 75)
        #expect(try await store.rows(Account.self, after: nil, first: 10).map(\.id) == ["a", "b"])
    }
}
