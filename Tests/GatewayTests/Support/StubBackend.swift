import Gateway
import InProcess
import LOW

/// A backend with a chosen catalog whose command path fails: for start-up checks and for what a
/// failing backend answers.
struct StubBackend: GatewayBackend {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "disk on fire at /var/secret" }
    }

    var catalog: Catalog
    var events: any EventStore = InMemoryEventStore()
    var readModels: any ReadModelStore = InMemoryReadModelStore()
    var isReady: Bool { true }
    func waitUntilReady(timeout: Duration) async -> Bool { true }
    var projectedPosition: Int64 { 0 }
    var storeFailures = 0

    func submit(_ envelope: CommandEnvelope, timeout: Duration?) async throws -> CommandResult { throw Failure() }
}

/// A client command no mutation of `Schema/` names.
struct Frobnicate: CommandPayload {
    static let name = "Frobnicate"
    init(payload: Value) throws(PayloadError) {}
    var payload: Value { [:] }
}

struct Frobnicated: DomainEvent {
    var type: String { "Frobnicated" }
    var streamID: String { "frob" }
    var payload: Value { [:] }
}

struct FrobnicateHandler: Handler {
    static let meta = OperatorMeta(name: "frobnicate", inputs: [OperatorMeta.clientCommands], output: "customers")
    func lookup(_ command: Frobnicate, in reader: some Reader) async throws {}
    func operate(_ command: Frobnicate, facts: Void, context: DecisionContext) -> Decision<Frobnicated> {
        .accepted([Frobnicated()])
    }
}
