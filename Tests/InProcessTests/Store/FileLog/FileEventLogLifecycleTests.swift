import InProcess
import LOW
import ShellTesting
import TestSupport
import Testing

/// The file log through the port's lifecycle: a wiring that stops `any EventStore` closes it.
@Suite(.exclusive)
struct FileEventLogLifecycleTests {
    @Test func stoppingThroughThePortClosesTheLogAndKeepsWhatItAccepted() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store: any EventStore = try FileEventLog.open(directory: directory.path)
        try await store.start()
        let accepted = try await ContractFixtures.append(store, stream: "s")
        await store.stop()
        await #expect(throws: (any Error).self) { try await ContractFixtures.append(store, stream: "s") }

        let reopened = try FileEventLog.open(directory: directory.path)
        #expect(try await reopened.read(after: 0, limit: 10, filter: .all) == [accepted])
        await reopened.stop()
    }
}
