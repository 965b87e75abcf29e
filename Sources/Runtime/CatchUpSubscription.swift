package import LOW

/// Reads the event log from a position on, in batches, then follows it as it grows: the shape every
/// projector, process manager and completion runner shares.
///
/// Reading history and following new events are one loop: read a batch after the position; when
/// nothing is left, wait for the head to move (`EventStore.waitForEvents`), never poll.
///
/// A store that fails (a lost connection) does not end the loop: the read, head or wait is tried
/// again after a pause that grows (`StoreRetry`), and `health` counts the failures. Only what
/// `deliver` throws ends it.
package struct CatchUpSubscription: Sendable {
    package let store: any EventStore
    package let filter: EventFilter
    package let batchSize: Int
    package let health: StoreHealth

    package init(
        store: any EventStore, filter: EventFilter = .all, batchSize: Int = 1024, health: StoreHealth = StoreHealth()
    ) {
        self.store = store
        self.filter = filter
        self.batchSize = batchSize
        self.health = health
    }

    /// Delivers every admitted event after `position`, in position order, until the task is cancelled.
    /// - Parameter deliver: gets a batch and the position the subscription has passed with it, which
    ///   can lie beyond the batch's last event when the filter skipped the events in between.
    /// - Throws: what `deliver` throws; `CancellationError` when cancelled while pausing after a failure.
    package func run(
        after position: Int64, deliver: ([RecordedEvent], _ passed: Int64) async throws -> Void
    ) async throws {
        var position = position
        var retry = StoreRetry(health: health)
        while !Task.isCancelled {
            // A filtered reader reads the head first: every event up to it is committed, so a
            // short batch means the filter admits nothing else up to the head, which lets it move
            // on. An unfiltered reader's short batch ends at the head already.
            let head: Int64
            let batch: [RecordedEvent]
            do {
                head = filter == .all ? position : try await store.head()
                batch = try await store.read(after: position, limit: batchSize, filter: filter)
            } catch {
                try await retry.failed()
                continue
            }
            retry.succeeded()
            let last = batch.last?.position ?? position
            let passed = batch.count < batchSize ? max(last, head) : last
            if !batch.isEmpty || passed > position { try await deliver(batch, passed) }
            position = max(position, passed)
            guard batch.count < batchSize else { continue }
            do { try await store.waitForEvents(after: position) } catch { try await retry.failed() }
        }
    }
}
