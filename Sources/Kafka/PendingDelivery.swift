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

    /// Resumes the `send` with the report in `message` (on the producer's poll thread).
    func complete(_ message: rd_kafka_message_t) {
        if message.err == RD_KAFKA_RESP_ERR_NO_ERROR {
            continuation.resume(returning: KafkaDelivery(partition: message.partition, offset: message.offset))
        } else {
            let topic = message.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? "?"
            continuation.resume(throwing: KafkaError(message.err, "delivery to \(topic)"))
        }
        outstanding.end()
    }
}

/// How many sends wait for their report, and the `flush` calls waiting for none.
final class OutstandingDeliveries: Sendable {
    private struct State {
        var count = 0
        var flushes: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    func begin() { state.withLock { $0.count += 1 } }

    func end() {
        let flushes = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.count -= 1
            guard state.count == 0 else { return [] }
            defer { state.flushes = [] }
            return state.flushes
        }
        for flush in flushes { flush.resume() }
    }

    func waitUntilNone() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isNone = state.withLock { state in
                if state.count > 0 { state.flushes.append(continuation) }
                return state.count == 0
            }
            if isNone { continuation.resume() }
        }
    }
}
