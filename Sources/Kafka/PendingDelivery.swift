internal import CRdKafka
import Synchronization

/// One `send` waiting for its delivery report. The producer passes it to librdkafka retained, as
/// the message's opaque pointer; the report callback takes it back and completes it.
final class PendingDelivery: Sendable {
    private let continuation: CheckedContinuation<KafkaDelivery, any Error>
    private let outstanding: OutstandingDeliveries

    init(_ continuation: CheckedContinuation<KafkaDelivery, any Error>, _ outstanding: OutstandingDeliveries) {
        self.continuation = continuation
        self.outstanding = outstanding
    }

    /// Resumes the `send` with the report in `message` (on the producer's poll thread), unless
    /// the producer's close already failed it.
    func complete(_ message: rd_kafka_message_t) {
        guard outstanding.end(self) else { return }
        if message.err == RD_KAFKA_RESP_ERR_NO_ERROR {
            continuation.resume(returning: KafkaDelivery(partition: message.partition, offset: message.offset))
        } else {
            let topic = message.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? "?"
            continuation.resume(throwing: KafkaError(message.err, "delivery to \(topic)"))
        }
    }

    /// Resumes the `send` with `error`; the caller took it out of `outstanding` first.
    func fail(_ error: KafkaError) { continuation.resume(throwing: error) }
}

/// The sends waiting for their report, and the `flush` calls waiting for none.
final class OutstandingDeliveries: Sendable {
    private struct State {
        var pending: [ObjectIdentifier: PendingDelivery] = [:]
        var flushes: [CheckedContinuation<Void, Never>] = []

        /// The flushes to resume, when nothing is pending any more.
        mutating func flushesDue() -> [CheckedContinuation<Void, Never>] {
            guard pending.isEmpty else { return [] }
            defer { flushes = [] }
            return flushes
        }
    }

    private let state = Mutex(State())

    func begin(_ delivery: PendingDelivery) {
        state.withLock { $0.pending[ObjectIdentifier(delivery)] = delivery }
    }

    /// Takes `delivery` out; false when it was no longer in (the close failed it).
    func end(_ delivery: PendingDelivery) -> Bool {
        let (wasIn, flushes) = state.withLock { state in
            (state.pending.removeValue(forKey: ObjectIdentifier(delivery)) != nil, state.flushesDue())
        }
        for flush in flushes { flush.resume() }
        return wasIn
    }

    /// Takes out every delivery still waiting: those librdkafka will never report.
    func takeAll() -> [PendingDelivery] {
        let (pending, flushes) = state.withLock { state in
            let pending = Array(state.pending.values)
            state.pending = [:]
            return (pending, state.flushesDue())
        }
        for flush in flushes { flush.resume() }
        return pending
    }

    func waitUntilNone() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isNone = state.withLock { state in
                if !state.pending.isEmpty { state.flushes.append(continuation) }
                return state.pending.isEmpty
            }
            if isNone { continuation.resume() }
        }
    }
}
