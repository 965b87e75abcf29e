import Functions
import InProcess
import LOW
import Runtime
import TestSupport
import Testing

/// A long history: the projections that ran along and one added afterwards end up the same.
@Suite(.exclusive)
struct ReplayTests {
    static let accounts = 1_000
    static let events = 100_000

    /// Appends account events in commits of 1,000: accounts opened, then deposits round-robin.
    func appendHistory(to store: any EventStore) async throws {
        let ids = (0..<Self.accounts).map { ID.named("account-\($0)", in: .urlNamespace).description }
        var pending: [AccountEvent] = ids.map { .opened(id: $0, owner: "owner-\($0.prefix(4))", initialDeposit: 10) }
        for i in 0..<(Self.events - Self.accounts) {
            pending.append(.deposited(id: ids[i % ids.count], amount: i % 7 + 1))
        }
        for start in stride(from: 0, to: pending.count, by: 1_000) {
            let command = CommandEnvelope(id: .random(), name: "History", payload: [:], issuedAt: .now())
            var changes = ChangeSet(command: command)
            for (offset, event) in pending[start..<min(start + 1_000, pending.count)].enumerated() {
                changes.events.append(
                    .init(
                        id: command.id.derived("event-\(offset)"), type: event.type, streamID: event.streamID,
                        payload: event.payload))
            }
            _ = try await store.commit(changes)
        }
    }

    func allAccounts(in store: InMemoryReadModelStore) async throws -> [Account] {
        try await store.rows(Account.self, after: nil, first: Self.accounts * 2)
    }

    @Test func aProjectorAddedAfterAHundredThousandEventsEqualsOneThatRanAllAlong() async throws {
        let bank = BankShell()
        try await appendHistory(to: bank.events)
        let head = try await bank.events.head()
        #expect(head == Int64(Self.events))
        let caughtUp = try await bank.shell.waitForProjection(
            of: head, correlationID: .random(), timeout: .seconds(120))
        #expect(caughtUp == head)
        try await bank.stop()

        let addedLater = InMemoryReadModelStore()
        let board = ProgressBoard(participants: [AccountProjector.meta.name])
        let runner = ProjectionRunner(
            projector: AnyProjector(AccountProjector()), events: bank.events, readModels: addedLater, board: board)
        let task = Task { try await runner.run() }
        try await board.wait(until: head)
        task.cancel()
        try await task.value

        let along = try await allAccounts(in: bank.readModels)
        #expect(along.count == Self.accounts)
        #expect(try await allAccounts(in: addedLater) == along)
        #expect(try await addedLater.checkpoint(of: AccountProjector.meta.name) == head)
        #expect(along.reduce(0) { $0 + $1.version } == Self.events)
    }
}
