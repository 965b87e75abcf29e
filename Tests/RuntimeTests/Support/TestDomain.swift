import LOW

/// A tiny domain for the runtime's tests: counters one adds to, and jobs that a process manager
/// finishes (a process with `completesOn`, like a transfer).
enum TestDomain {
    static let catalog = Catalog(
        handlers: [
            AnyHandler(AddHandler(), answeredBy: CounterProjector()),
            AnyHandler(StartHandler(), answeredBy: JobProjector()), AnyHandler(FinishHandler()),
        ],
        projectors: [AnyProjector(CounterProjector()), AnyProjector(JobProjector())],
        processManagers: [JobProcess()])

    static func envelope(_ name: String, _ payload: Value, id: ID = .random()) -> CommandEnvelope {
        CommandEnvelope(id: id, name: name, payload: payload, issuedAt: Timestamp(microseconds: 1_000_000))
    }

    static func add(_ counter: String, _ amount: Int, id: ID = .random()) -> CommandEnvelope {
        envelope("Add", ["counter": .string(counter), "amount": .int(amount)], id: id)
    }
}

struct TestEvent: DomainEvent {
    var type: String
    var streamID: String
    var payload: Value
}

struct Add: CommandPayload {
    static let name = "Add"
    var counter: String
    var amount: Int
    init(payload: Value) throws(PayloadError) {
        counter = try payload.string("counter")
        amount = try payload.int("amount")
    }
    var payload: Value { ["counter": .string(counter), "amount": .int(amount)] }
}

struct AddHandler: Handler {
    static let meta = OperatorMeta(name: "add", inputs: ["commands"], output: "counters")
    func lookup(_ command: Add, in reader: some Reader) async throws -> Int {
        try await reader.events(inStream: "counter-\(command.counter)", after: 0).count
    }
    func operate(_ command: Add, facts: Int, context: DecisionContext) -> Decision<TestEvent> {
        guard command.amount > 0 else { return .rejected(.invalidInput("amount", reason: "invalid amount")) }
        return .accepted([
            TestEvent(type: "Added", streamID: "counter-\(command.counter)", payload: command.payload)
        ])
    }
}

struct Counter: ReadModel {
    static let table = "counters"
    var id: String
    var total: Int
    var value: Value { ["id": .string(id), "total": .int(total)] }
    init(id: String, total: Int) {
        self.id = id
        self.total = total
    }
    init(value: Value) throws(PayloadError) {
        id = try value.string("id")
        total = try value.int("total")
    }
}

struct CounterProjector: Projector {
    static let meta = OperatorMeta(name: "counter-projector", inputs: ["events"], output: "counters")
    func rowID(for event: RecordedEvent) -> String? {
        event.type == "Added" ? event.payload["counter"]?.stringValue : nil
    }
    func apply(_ event: RecordedEvent, to row: Counter?) -> Counter? {
        guard let id = rowID(for: event), let amount = event.payload["amount"]?.intValue else { return row }
        return Counter(id: id, total: (row?.total ?? 0) + amount)
    }
}
