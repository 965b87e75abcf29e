package import LOW

/// A transfer as its stream folds: whether it was requested and whether it is closed.
package struct TransferState: Aggregate, Equatable {
    package var isRequested = false
    package var isClosed = false

    package init() {}

    package mutating func apply(_ event: RecordedEvent) {
        guard let decoded = try? TransferEvent(recorded: event) else { return }
        switch decoded {
        case .requested: isRequested = true
        case .completed, .failed: isClosed = true
        }
    }

    /// Why the transfer cannot be closed now, or `nil` when it can: it must exist, and closes once.
    package var refusalToClose: Rejection? {
        guard isRequested else { return .refused("unknown transfer") }
        guard !isClosed else { return .refused("transfer closed") }
        return nil
    }
}
