import LOW

struct StartJob: CommandPayload {
    static let name = "Start"
    var job: String
    init(payload: Value) throws(PayloadError) { job = try payload.string("job") }
    var payload: Value { ["job": .string(job)] }
}

struct FinishJob: CommandPayload {
    static let name = "Finish"
    var job: String
    init(payload: Value) throws(PayloadError) { job = try payload.string("job") }
    var payload: Value { ["job": .string(job)] }
}

/// Starts a job; the job is done once `Finished` (written by `FinishHandler`) is projected.
struct StartHandler: Handler {
    static let meta = OperatorMeta(name: "start", inputs: ["commands"], output: "jobs", completesOn: ["Finished"])
    func lookup(_ command: StartJob, in reader: some Reader) async throws {}
    func operate(_ command: StartJob, facts: Void, context: DecisionContext) -> Decision<TestEvent> {
        .accepted([TestEvent(type: "Started", streamID: "job-\(command.job)", payload: command.payload)])
    }
}

struct FinishHandler: Handler {
    static let meta = OperatorMeta(name: "finish", inputs: ["process-commands"], output: "jobs")
    func lookup(_ command: FinishJob, in reader: some Reader) async throws {}
    func operate(_ command: FinishJob, facts: Void, context: DecisionContext) -> Decision<TestEvent> {
        .accepted([TestEvent(type: "Finished", streamID: "job-\(command.job)", payload: command.payload)])
    }
}

/// Finishes every started job.
struct JobProcess: ProcessManager {
    static let meta = OperatorMeta(name: "job-process", inputs: ["events"], output: "process-commands")
    func react(to event: RecordedEvent) -> [CommandEnvelope] {
        guard event.type == "Started" else { return [] }
        return [.caused(by: event, step: "finish", name: "Finish", payload: event.payload)]
    }
}

struct Job: ReadModel {
    static let table = "jobs"
    var id: String
    var status: String
    var value: Value { ["id": .string(id), "status": .string(status)] }
    init(id: String, status: String) {
        self.id = id
        self.status = status
    }
    init(value: Value) throws(PayloadError) {
        id = try value.string("id")
        status = try value.string("status")
    }
}

struct JobProjector: Projector {
    static let meta = OperatorMeta(name: "job-projector", inputs: ["events"], output: "jobs")
    func rowID(for event: RecordedEvent) -> String? {
        event.type == "Started" || event.type == "Finished" ? event.payload["job"]?.stringValue : nil
    }
    func apply(_ event: RecordedEvent, to row: Job?) -> Job? {
        guard let id = rowID(for: event) else { return row }
        return Job(id: id, status: event.type == "Finished" ? "finished" : "started")
    }
}
