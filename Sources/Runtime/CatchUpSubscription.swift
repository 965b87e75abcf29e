package import LOW

/// Reads the event log from a position on, in batches, then follows it as it grows: the shape every
/// projector, process manager and completion runner shares.
///
/// Reading history and following new events are one loop: read a batch after the position; when
/// nothing is left, wait for the head to move (`EventStore.waitForEvents`), never poll.
package struct CatchUpSubscription: Sendable {
    package let store: any EventStore
    package let filter: EventFilter
    package let batchSize: Int

    package init(store: any EventStore, filter: EventFilter = .all, batchSize: Int = 1024) {
        self.store = store
        self.filter = filter
        self.batchSize = batchSize
    }

    /// Delivers every admitted event after `position`, in position order, until the task is cancelled.
    /// - Parameter deliver: gets a batch and the position the subscription has passed with it, which
    ///   can lie beyond the batch's last event when the filter skipped the events in between.
    package func run(
        after position: Int64, deliver: ([RecordedEvent], _ passed: Int64) async throws -> Void
    ) async throws {
        var position = position
        while !Task.isCancelled {
            // The head is read first: every event up to it is committed, so a short batch means
            // the filter admits nothing else up to the head, which lets a filtered reader move on.
            let head = try await store.head()
            let batch = try await store.read(after: position, limit: batchSize, filter: filter)
            let last = batch.last?.position ?? position
            let passed = batch.count < batchSize ? max(last, head) : last
            if !batch.isEmpty || passed > position { try await deliver(batch, passed) }
            position = max(position, passed)
            if batch.count < batchSize { try await store.waitForEvents(after: position) }
        }
    }
}
