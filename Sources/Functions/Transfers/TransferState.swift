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
}
