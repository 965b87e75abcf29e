package import LOW

/// A user as its stream folds: what the users' handlers decide on.
package struct UserState: Aggregate, Equatable {
    package var isRegistered = false
    package var isActive = false
    package var viewcount = 0

    package init() {}

    package mutating func apply(_ event: RecordedEvent) {
        guard let decoded = try? UserEvent(recorded: event) else { return }
        switch decoded {
        case .registered:
            isRegistered = true
            isActive = true
        case .disabled: isActive = false
        case .pageviewed: viewcount += 1
        case .emailUpdated: break
        }
    }
}
