/// What `operate` decides: the events to record, or a rejection.
package enum Decision<Event: DomainEvent>: Sendable, Equatable {
    case accepted([Event])
    case rejected(Rejection)

    package var events: [Event] {
        if case .accepted(let events) = self { return events }
        return []
    }

    package var rejection: Rejection? {
        if case .rejected(let rejection) = self { return rejection }
        return nil
    }
}
