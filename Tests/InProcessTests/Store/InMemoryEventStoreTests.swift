import InProcess
import LOW
import ShellTesting
import Testing

struct InMemoryEventStoreTests {
    @Test(arguments: EventStoreContract.checks.map(\.name))
    func passesTheEventStoreContract(_ check: String) async throws {
        try await EventStoreContract.run(check, on: InMemoryEventStore())
    }

    @Test func anEventIdUsedTwiceInOneCommitIsRefused() async throws {
        let store = InMemoryEventStore()
        var changes = ContractFixtures.changes(ContractFixtures.command(), [("A", "s"), ("B", "s")])
        changes.events[1].id = changes.events[0].id
        await #expect(throws: StoreError.self) { try await store.commit(changes) }
        #expect(await store.head() == 0)
    }

    @Test func aCommandWithNoEventsIsStillStoredOnce() async throws {
        let store = InMemoryEventStore()
        let command = ContractFixtures.command()
        #expect(try await store.commit(ChangeSet(command: command)).isEmpty)
        #expect(try await store.events(forCommand: command.id) == [])
        await #expect(throws: CommitError.duplicateCommand([])) { try await store.commit(ChangeSet(command: command)) }
    }
}

struct InMemoryReadModelStoreTests {
    @Test(arguments: ReadModelStoreContract.checks.map(\.name))
    func passesTheReadModelStoreContract(_ check: String) async throws {
        try await ReadModelStoreContract.run(check, on: InMemoryReadModelStore())
    }
}
