internal import CRdKafka
import Synchronization

/// An idempotent Kafka producer: `send` returns once the brokers have the message.
///
/// It sets `enable.idempotence=true` and `acks=all` (a retried send is written once, in order).
/// librdkafka's delivery report completes each `send`; a thread of the producer's own serves the
/// reports (`rd_kafka_poll`), so the caller's task waits suspended and no cooperative thread
/// blocks. A message that cannot be delivered within `message.timeout.ms` (librdkafka's default
/// 300 s) fails with `_MSG_TIMED_OUT`. Call `close()` when done.
///
/// ```swift
/// let producer = try KafkaProducer(KafkaConfiguration(brokers: "127.0.0.1:9092"))
/// let delivery = try await producer.send(topic: "orders.events", key: Array("order-7".utf8), value: bytes)
/// await producer.close()
/// ```
package final class KafkaProducer: Sendable {
    private let handle: KafkaHandle
    private let outstanding = OutstandingDeliveries()
    private let closing: Closing
    private let poller: PollLoop

    /// Whether `close` began, and how long it lets messages in flight take. `send` checks it and
    /// calls librdkafka under the lock, so no message enters the queue after the final flush.
    private final class Closing: Sendable {
        let state = Mutex<Duration?>(nil)
    }

    /// Makes the producer and starts its poll thread.
    /// - Throws: `KafkaError` (`_INVALID_ARG`) when librdkafka refuses a property.
    package init(_ configuration: KafkaConfiguration) throws(KafkaError) {
        let conf = try configuration.makeConf(defaults: [("enable.idempotence", "true"), ("acks", "all")])
        rd_kafka_conf_set_dr_msg_cb(conf) { _, message, _ in
            guard let message, let pending = message.pointee._private else { return }
            Unmanaged<PendingDelivery>.fromOpaque(pending).takeRetainedValue().complete(message.pointee)
        }
        let handle = try KafkaHandle(RD_KAFKA_PRODUCER, conf: conf, context: ClientContext(log: configuration.log))
        let closing = Closing()
        self.handle = handle
        self.closing = closing
        poller = PollLoop.start(
            "kafka-producer",
            poll: { rd_kafka_poll(handle.pointer, 100) },
            finish: { [outstanding] in
                KafkaProducer.finish(handle, outstanding, within: closing.state.withLock { $0 } ?? .zero)
            })
    }

    /// Sends one message and returns where the brokers wrote it.
    ///
    /// The partition follows from the key (librdkafka's default partitioner), so the messages of
    /// one key keep their order in one partition. When librdkafka's queue is full
    /// (`queue.buffering.max.messages`), the call waits for room.
    /// - Throws: `KafkaError` from the delivery report (e.g. `_MSG_TIMED_OUT`), or `_DESTROY`
    ///   once the producer is closing.
    package func send(
        topic: String, key: [UInt8]?, value: [UInt8], headers: [KafkaHeader] = []
    ) async throws -> KafkaDelivery {
        while true {
            do {
                return try await withCheckedThrowingContinuation { continuation in
                    enqueue(topic: topic, key: key, value: value, headers: headers, continuation: continuation)
                }
            } catch let error as KafkaError where error.code == RD_KAFKA_RESP_ERR__QUEUE_FULL.rawValue {
                // The poll thread frees room as reports arrive; a short sleep holds no thread.
                try await Task.sleep(for: .milliseconds(1))
            }
        }
    }

    /// Waits until every message sent so far has its delivery report (each gets one within
    /// `message.timeout.ms`).
    package func flush() async { await outstanding.waitUntilNone() }

    /// Stops taking messages, waits up to `timeout` for those in flight, fails the rest (with
    /// `_PURGE_QUEUE`, or `_DESTROY` for those already sent to a broker that did not answer), and
    /// frees the client. Calling it again waits as well.
    package func close(timeout: Duration = .seconds(10)) async {
        closing.state.withLock { $0 = $0 ?? timeout }
        await poller.stop()
    }

    private func enqueue(
        topic: String, key: [UInt8]?, value: [UInt8], headers: [KafkaHeader],
        continuation: CheckedContinuation<KafkaDelivery, any Error>
    ) {
        let delivery = PendingDelivery(continuation, outstanding)
        let pending = Unmanaged.passRetained(delivery).toOpaque()
        let cHeaders = KafkaProducer.makeHeaders(headers)
        outstanding.begin(delivery)
        let error = closing.state.withLock { closeTimeout -> rd_kafka_resp_err_t in
            guard closeTimeout == nil else { return RD_KAFKA_RESP_ERR__DESTROY }
            return key.withOptionalBytes { key in
                value.withUnsafeBytes { value in
                    cqrs_rd_kafka_produce(
                        handle.pointer, topic, key.baseAddress, key.count, value.baseAddress, value.count, cHeaders,
                        pending)
                }
            }
        }
        guard error != RD_KAFKA_RESP_ERR_NO_ERROR else { return }
        if let cHeaders { rd_kafka_headers_destroy(cHeaders) }
        Unmanaged<PendingDelivery>.fromOpaque(pending).release()
        _ = outstanding.end(delivery)
        delivery.fail(
            error == RD_KAFKA_RESP_ERR__DESTROY
                ? KafkaError.closed("send to \(topic)") : KafkaError(error, "send to \(topic)"))
    }

    private static func makeHeaders(_ headers: [KafkaHeader]) -> OpaquePointer? {
        guard !headers.isEmpty else { return nil }
        let cHeaders = rd_kafka_headers_new(headers.count)!
        for header in headers {
            header.value.withUnsafeBytes { value in
                // -1: the name is NUL-terminated. The value is copied.
                _ = rd_kafka_header_add(cHeaders, header.name, -1, value.baseAddress, value.count)
            }
        }
        return cHeaders
    }

    /// Runs on the poll thread once its loop ended: delivers or fails what is still queued, frees
    /// the client, and fails the sends whose report never came, so every `send` returns.
    private static func finish(_ handle: KafkaHandle, _ outstanding: OutstandingDeliveries, within timeout: Duration) {
        _ = rd_kafka_flush(handle.pointer, Int32(clamping: timeout.milliseconds))
        if rd_kafka_outq_len(handle.pointer) > 0 {
            _ = rd_kafka_purge(handle.pointer, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
            // Serves the reports of the purged queued messages (librdkafka fails them with
            // _PURGE_QUEUE); purged in-flight ones report only when their request ends.
            _ = rd_kafka_flush(handle.pointer, 100)
        }
        handle.destroy()
        for delivery in outstanding.takeAll() {
            delivery.fail(.closed("delivery (the producer closed before the brokers answered)"))
            // The retain librdkafka's message held: the client is gone without reporting it.
            Unmanaged.passUnretained(delivery).release()
        }
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}

extension Optional where Wrapped == [UInt8] {
    /// Calls `body` with the bytes, or with an empty buffer whose base address is nil for nil.
    fileprivate func withOptionalBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        switch self {
        case .some(let bytes): bytes.withUnsafeBytes(body)
        case .none: body(UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }
}
