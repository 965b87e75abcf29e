import Functions
import InProcess
import LOW
import Runtime

/// The domain's catalog in a running `CatalogRuntime` over the in-memory stores, with helpers to
/// send the bank's commands.
struct BankShell {
    let events: any EventStore
    let readModels: InMemoryReadModelStore
    let shell: CatalogRuntime
    private let running: Task<Void, any Error>

    init(events: any EventStore = InMemoryEventStore(), readModels: InMemoryReadModelStore = InMemoryReadModelStore()) {
        self.events = events
        self.readModels = readModels
        // Far above what a command needs: these tests expect answers, and a busy machine must
        // not turn one into PENDING (aRetryOfAnEndedTransfer... asserts on its own zero timeout).
        var configuration = CatalogRuntime.Configuration()
        configuration.requestTimeout = .seconds(60)
        shell = CatalogRuntime(
            catalog: Domain.catalog, events: events, readModels: readModels, configuration: configuration)
        running = Task { [shell] in try await shell.run() }
    }

    func stop() async throws {
        shell.shutdown()
        try await running.value
    }

    func send(_ name: String, _ payload: Value, id: ID = .random()) async throws -> CommandResult {
        try await shell.submit(CommandEnvelope(id: id, name: name, payload: payload, issuedAt: .now()))
    }

    /// Opens an account and answers its id.
    func openAccount(_ owner: String, deposit: Int) async throws -> String {
        let result = try await send("OpenAccount", ["owner": .string(owner), "initialDeposit": .int(deposit)])
        guard let id = result.row?["id"]?.stringValue else { throw Unexpected(result: result) }
        return id
    }

    func account(_ id: String) async throws -> Account? { try await readModels.row(Account.self, id: id) }

    struct Unexpected: Error {
        var result: CommandResult
    }
}
