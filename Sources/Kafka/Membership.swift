internal import CRdKafka
import Dispatch
import Synchronization

/// A consumer's side of the poll thread: copies messages into the buffer and runs rebalances,
/// calling the Swift `events` handler and waiting for it before librdkafka goes on.
final class Membership: Sendable {
    private let buffer: MessageBuffer
    private let events: (@Sendable (KafkaConsumer.Event) async -> Void)?
    private let log: (@Sendable (KafkaLogEntry) -> Void)?
    private let held = Mutex<Set<KafkaTopicPartition>>([])

    /// The partitions librdkafka was last told to consume.
    var assignment: Set<KafkaTopicPartition> { held.withLock { $0 } }

    init(
        buffer: MessageBuffer, events: (@Sendable (KafkaConsumer.Event) async -> Void)?,
        log: (@Sendable (KafkaLogEntry) -> Void)?
    ) {
        self.buffer = buffer
        self.events = events
        self.log = log
    }

    /// One poll: a message, an error, or (inside librdkafka's call) a rebalance.
    func poll(_ handle: KafkaHandle) {
        guard let message = rd_kafka_consumer_poll(handle.pointer, 100) else { return }
        defer { rd_kafka_message_destroy(message) }
        let error = message.pointee.err
        if error == RD_KAFKA_RESP_ERR_NO_ERROR {
            buffer.push(Self.copy(message))
        } else if error != RD_KAFKA_RESP_ERR__PARTITION_EOF {
            let detail = rd_kafka_message_errstr(message).map { String(cString: $0) }
            let failure = KafkaError(error, "consume", detail: detail)
            if error == RD_KAFKA_RESP_ERR__FATAL {
                buffer.finish(failure)
            } else {
                report(.error(failure), from: handle.pointer)
            }
        }
    }

    /// Calls the handler with `event` and blocks the poll thread (not a cooperative one) until
    /// it returns. Without a handler, an error goes to the log instead: consumer errors come
    /// through the poll, so librdkafka does not log them itself.
    func report(_ event: KafkaConsumer.Event, from client: OpaquePointer) {
        guard let events else {
            if case .error(let error) = event {
                KafkaLogEntry(
                    level: 3, facility: "ERROR", message: "\(error)", client: String(cString: rd_kafka_name(client))
                )
                .write(to: log)
            }
            return
        }
        let handled = DispatchSemaphore(value: 0)
        Task {
            await events(event)
            handled.signal()
        }
        handled.wait()
    }

    /// librdkafka's rebalance callback, on the poll thread (in a poll or in the close).
    func rebalance(
        _ client: OpaquePointer, _ error: rd_kafka_resp_err_t,
        _ partitions: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>
    ) {
        let changed = TopicPartitionList.partitions(partitions)
        let isCooperative = rd_kafka_rebalance_protocol(client).map { String(cString: $0) } == "COOPERATIVE"
        switch error {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            report(.assigned(changed), from: client)
            if isCooperative {
                check(rd_kafka_incremental_assign(client, partitions), "assign", client)
                held.withLock { $0.formUnion(changed) }
            } else {
                check(rd_kafka_assign(client, partitions), "assign", client)
                held.withLock { $0 = Set(changed) }
            }
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            buffer.remove(Set(changed))
            report(.revoked(changed), from: client)
            if isCooperative {
                check(rd_kafka_incremental_unassign(client, partitions), "unassign", client)
                held.withLock { $0.subtract(changed) }
            } else {
                check(rd_kafka_assign(client, nil), "unassign", client)
                held.withLock { $0 = [] }
            }
        default:
            report(.error(KafkaError(error, "rebalance")), from: client)
            check(rd_kafka_assign(client, nil), "unassign", client)
            held.withLock { $0 = [] }
        }
    }

    private func check(_ error: rd_kafka_resp_err_t, _ context: String, _ client: OpaquePointer) {
        if error != RD_KAFKA_RESP_ERR_NO_ERROR { report(.error(KafkaError(error, context)), from: client) }
    }

    private func check(_ error: OpaquePointer?, _ context: String, _ client: OpaquePointer) {
        if let error { report(.error(KafkaError(taking: error, context)), from: client) }
    }

    private static func copy(_ message: UnsafeMutablePointer<rd_kafka_message_t>) -> KafkaMessage {
        let m = message.pointee
        let key = m.key.map { Array(UnsafeRawBufferPointer(start: $0, count: m.key_len)) }
        let value = m.payload.map { Array(UnsafeRawBufferPointer(start: $0, count: m.len)) } ?? []
        var headers: [KafkaHeader] = []
        var cHeaders: OpaquePointer?
        if rd_kafka_message_headers(message, &cHeaders) == RD_KAFKA_RESP_ERR_NO_ERROR, let cHeaders {
            var name: UnsafePointer<CChar>?
            var bytes: UnsafeRawPointer?
            var size = 0
            var index = 0
            while rd_kafka_header_get_all(cHeaders, index, &name, &bytes, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                let value = bytes.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) } ?? []
                headers.append(KafkaHeader(name.map { String(cString: $0) } ?? "", value))
                index += 1
            }
        }
        return KafkaMessage(
            topic: String(cString: rd_kafka_topic_name(m.rkt)), partition: m.partition, offset: m.offset, key: key,
            value: value, headers: headers)
    }
}
