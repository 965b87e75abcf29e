import GraphQL
import LOW

/// The resolvers of the root fields: bound Query fields read read models, `events` reads the
/// log, and each Mutation field submits the command of its name.
struct GatewayResolvers {
    let backend: any GatewayBackend
    let metrics: GatewayMetrics
    let requestTimeout: Duration

    /// The custom scalars of Schema/, for the executor and the validator alike: a literal the
    /// executor would refuse fails validation (CONTRACT.md: a literal of the wrong type is
    /// `GRAPHQL_VALIDATION_FAILED`) with the scalar's message.
    static let scalars: [String: ScalarCoercion] = [
        "DateTime": .string(named: "DateTime", literalMessage: dateTimeRule) { Timestamp(rfc3339: $0) != nil }
    ]

    /// What a DateTime literal must be; the differential test's reference (tools/reference.py)
    /// says the same.
    static let dateTimeRule =
        #"DateTime must be an RFC 3339 date-time string with an offset, such as "2020-01-01T00:00:00Z"."#

    func registry(schema: Schema, queries: [ReadModelQuery]) -> Resolvers<RequestContext> {
        var resolvers = Resolvers<RequestContext>()
        resolvers.scalars = Self.scalars
        let query = schema.queryTypeName ?? "Query"
        for binding in queries { register(binding, on: query, into: &resolvers) }
        EventsResolver(events: backend.events).register(on: query, into: &resolvers)
        let mutation = schema.mutationTypeName ?? "Mutation"
        for field in schema.mutationTypeName.flatMap({ schema.type(named: $0) })?.fields ?? [] {
            registerMutation(field.name, on: mutation, into: &resolvers)
        }
        return resolvers
    }

    /// A store that reads synchronously gets a synchronous resolver, so a query over it needs no
    /// `await` at all; any other store an async one.
    private func register(_ binding: ReadModelQuery, on type: String, into resolvers: inout Resolvers<RequestContext>) {
        let field = binding.field
        if let store = backend.readModels as? any SynchronousReadModelReader {
            resolvers.field(type, field) { input in
                do {
                    return try binding.loadNow(Value(canonicalFields: input.arguments.values), from: store).fieldValue
                } catch { throw ContractCode.internalError(error, context: "query \(field)") }
            }
        } else {
            let store = backend.readModels
            resolvers.asyncField(type, field) { input in
                do {
                    return try await binding.load(Value(canonicalFields: input.arguments.values), from: store)
                        .fieldValue
                } catch { throw ContractCode.internalError(error, context: "query \(field)") }
            }
        }
    }

    private func registerMutation(_ name: String, on type: String, into resolvers: inout Resolvers<RequestContext>) {
        let backend = backend
        let metrics = metrics
        let timeout = requestTimeout
        resolvers.asyncField(type, name) { input in
            let envelope = CommandEnvelope(
                id: input.context.nextCommandID(), name: name,
                payload: Value(canonicalFields: input.arguments.values), issuedAt: GatewayClock.now())
            let result: CommandResult
            do { result = try await backend.submit(envelope, timeout: timeout) } catch {
                throw ContractCode.internalError(error, context: "command \(name) \(envelope.id)")
            }
            let (label, answer) = ContractCode.answer(for: result, command: name)
            metrics.recordCommand(name, label)
            switch answer {
            case .success(let row): return row.fieldValue
            case .failure(let error): throw error
            }
        }
    }
}
