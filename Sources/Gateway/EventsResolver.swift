import GraphQL
import LOW

/// The built-in `events(streamId, type, from, to, first, after)` field: a page of the event log,
/// ordered by position, with `next` the cursor of the following page.
struct EventsResolver {
    /// The largest page one request may ask for.
    static let maximumPage = 1000

    let events: any EventStore

    func register(on type: String, into resolvers: inout Resolvers<RequestContext>) {
        let events = events
        resolvers.asyncField(type, "events") { input in
            let arguments = input.arguments
            let (after, first, filter) = try Self.parse(arguments)
            let page: [RecordedEvent]
            do {
                page = try await events.read(after: after, limit: first + 1, filter: filter)
            } catch { throw ContractCode.internalError(error, context: "events") }
            let shown = page.prefix(first)
            // More events follow when the read found one past the page; an empty page (`first: 0`)
            // leaves the cursor where it was.
            let next: FieldValue = page.count > first ? .string(String(shown.last?.position ?? after)) : .null
            return .object(["events": .list(shown.map(Self.fieldValue)), "next": next])
        }
    }

    private static func parse(_ arguments: Arguments) throws(GraphQLError) -> (Int64, Int, EventFilter) {
        var after: Int64 = 0
        if let cursor = arguments.string("after") {
            guard let position = Int64(cursor), position >= 0 else {
                throw ContractCode.badUserInput.error("after is not a cursor this server gave: \"\(cursor)\".")
            }
            after = position
        }
        let first = arguments.int("first") ?? 100
        guard first >= 0, first <= maximumPage else {
            throw ContractCode.badUserInput.error("first must be between 0 and \(maximumPage), not \(first).")
        }
        var filter = EventFilter()
        filter.streamID = arguments.string("streamId")
        filter.types = arguments.string("type").map { [$0] }
        filter.from = arguments.string("from").flatMap { Timestamp(rfc3339: $0) }
        filter.to = arguments.string("to").flatMap { Timestamp(rfc3339: $0) }
        return (after, first, filter)
    }

    private static func fieldValue(_ event: RecordedEvent) -> FieldValue {
        .object([
            "id": .string(event.id.description), "type": .string(event.type), "streamId": .string(event.streamID),
            "version": .int(event.streamVersion), "position": .string(String(event.position)),
            "occurredAt": .string(event.occurredAt.description), "commandId": .string(event.commandID.description),
            "data": .string(LOW.JSONWriter.string(event.payload)),
        ])
    }
}
