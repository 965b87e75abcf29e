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
        #expect(try await store.head() == 0)
    }

    @Test func aRefusedCommitGivesBackItsCommandIdAndEventIds() async throws {
        let store = InMemoryEventStore()
        let stored = try await store.commit(ContractFixtures.changes(ContractFixtures.command(), [("A", "s")]))

        // Refused on its second event (stored elsewhere) after its first was checked.
        let command = ContractFixtures.command()
        var reusing = ContractFixtures.changes(command, [("A", "t"), ("B", "t")])
        reusing.events[1].id = stored[0].id
        await #expect(throws: CommitError.duplicateCommand(stored)) { try await store.commit(reusing) }
        // Refused on an event id used twice in it.
        var twice = ContractFixtures.changes(command, [("A", "t"), ("B", "t"), ("C", "t")])
        twice.events[2].id = twice.events[0].id
        await #expect(throws: StoreError.self) { try await store.commit(twice) }
        // Refused on a claim, after every id was checked.
        let key = UniqueKey(scope: "name", value: "ada")
        _ = try await store.commit(ContractFixtures.changes(ContractFixtures.command(), [], claims: [key: "a"]))
        let claiming = ContractFixtures.changes(command, [("A", "t"), ("B", "t")], claims: [key: "b"])
        await #expect(throws: CommitError.claimTaken(key, owner: "a")) { try await store.commit(claiming) }

        #expect(try await store.events(forCommand: command.id) == nil)
        let accepted = try await store.commit(ContractFixtures.changes(command, [("A", "t"), ("B", "t")]))
        #expect(accepted.map(\.streamVersion) == [1, 2])
        #expect(try await store.events(forCommand: command.id) == accepted)
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
