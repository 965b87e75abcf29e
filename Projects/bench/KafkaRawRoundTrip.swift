import CRdKafka
import Glibc
import Runtime

/// librdkafka alone, with no Swift layer between: one producer and one consumer on one thread,
/// `inFlight` messages always under way, each sent again as soon as one arrives. The ceiling the
/// Kafka shell's mutations are measured against (issue 11): one hop costs this much at least.
///
/// The consumer is assigned every partition from the beginning of a fresh topic instead of
/// joining a group, so no join (3 s on Tansu) falls inside the run. Each value carries its send
/// time (the monotonic clock, in the first 8 of its bytes), so any message's hop is timed.
struct KafkaRawRoundTrip {
    var brokers: String
    var topic: String
    var partitions: Int32
    var inFlight: Int
    var seconds: Double
    /// Producer properties beyond the idempotent defaults (`linger.ms`).
    var producerProperties: [(String, String)]
    var valueSize = 100

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs on a thread of its own: every librdkafka call here blocks.
    func run() async throws -> RoundTripSummary {
        try await withCheckedThrowingContinuation { continuation in
            do {
                try DetachedThread.start { continuation.resume(with: Result { try runBlocking() }) }
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    private func runBlocking() throws -> RoundTripSummary {
        let producer = try Self.client(
            RD_KAFKA_PRODUCER,
            [("bootstrap.servers", brokers), ("enable.idempotence", "true"), ("acks", "all")] + producerProperties)
        defer {
            _ = rd_kafka_flush(producer, 5000)
            rd_kafka_destroy(producer)
        }
        let consumer = try Self.client(
            RD_KAFKA_CONSUMER,
            [
                ("bootstrap.servers", brokers), ("group.id", "bench-raw"), ("enable.auto.commit", "false"),
                ("fetch.wait.max.ms", "5"),
            ])
        defer {
            _ = rd_kafka_consumer_close(consumer)
            rd_kafka_destroy(consumer)
        }
        let assignment = rd_kafka_topic_partition_list_new(partitions)!
        for partition in 0..<partitions {
            rd_kafka_topic_partition_list_add(assignment, topic, partition).pointee.offset = Int64(
                RD_KAFKA_OFFSET_BEGINNING)
        }
        let assigned = rd_kafka_assign(consumer, assignment)
        rd_kafka_topic_partition_list_destroy(assignment)
        guard assigned == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw Failure(description: "assign: \(String(cString: rd_kafka_err2str(assigned)))")
        }

        var value = [UInt8](repeating: 0x61, count: valueSize)
        var sent: UInt64 = 0
        func send() throws {
            sent += 1
            var key = sent
            withUnsafeBytes(of: Self.nanoseconds()) { value.replaceSubrange(0..<8, with: $0) }
            while true {
                let error = value.withUnsafeBytes { value in
                    cqrs_rd_kafka_produce(producer, topic, &key, 8, value.baseAddress, value.count, nil, nil)
                }
                if error == RD_KAFKA_RESP_ERR_NO_ERROR { return }
                guard error == RD_KAFKA_RESP_ERR__QUEUE_FULL else {
                    throw Failure(description: "produce: \(String(cString: rd_kafka_err2str(error)))")
                }
                rd_kafka_poll(producer, 1)
            }
        }
        /// The hop of the next message to arrive, in seconds; nil when none came for 10 s.
        func receive() -> Double? {
            let giveUp = Self.nanoseconds() + 10_000_000_000
            while Self.nanoseconds() < giveUp {
                rd_kafka_poll(producer, 0)
                guard let message = rd_kafka_consumer_poll(consumer, 100) else { continue }
                defer { rd_kafka_message_destroy(message) }
                guard message.pointee.err == RD_KAFKA_RESP_ERR_NO_ERROR, message.pointee.len >= 8,
                    let payload = message.pointee.payload
                else { continue }
                let sentAt = payload.loadUnaligned(as: UInt64.self)
                return Double(Self.nanoseconds() &- sentAt) / 1e9
            }
            return nil
        }

        // Warm-up: connections, metadata and the first fetch positions, outside the timing.
        try send()
        guard receive() != nil else { throw Failure(description: "no message came back within 10 s") }

        var latencies: [Double] = []
        let cpuStart = processCPUSeconds()
        let start = Self.nanoseconds()
        let deadline = start + UInt64(seconds * 1e9)
        for _ in 0..<inFlight { try send() }
        var underWay = inFlight
        while underWay > 0 {
            guard let hop = receive() else {
                throw Failure(description: "\(underWay) messages did not come back within 10 s")
            }
            latencies.append(hop)
            underWay -= 1
            if Self.nanoseconds() < deadline {
                try send()
                underWay += 1
            }
        }
        let elapsed = Double(Self.nanoseconds() - start) / 1e9
        return RoundTripSummary(latencies: latencies, elapsed: elapsed, cpu: processCPUSeconds() - cpuStart)
    }

    private static func client(_ type: rd_kafka_type_t, _ properties: [(String, String)]) throws -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        var reason = [CChar](repeating: 0, count: 512)
        for (key, value) in properties
        where rd_kafka_conf_set(conf, key, value, &reason, reason.count) != RD_KAFKA_CONF_OK {
            rd_kafka_conf_destroy(conf)
            throw Failure(
                description:
                    "\(key)=\(value): \(String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))"
            )
        }
        guard let client = rd_kafka_new(type, conf, &reason, reason.count) else {
            rd_kafka_conf_destroy(conf)
            throw Failure(
                description: String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return client
    }

    private static func nanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}

/// The hops of one round-trip run.
struct RoundTripSummary {
    /// Each message's hop, in seconds.
    var latencies: [Double]
    var elapsed: Double
    var cpu: Double

    var messagesPerSecond: Double { Double(latencies.count) / elapsed }

    /// The hop at `fraction` (0.5, 0.99) of the sorted hops, in seconds.
    func percentile(_ fraction: Double) -> Double {
        let sorted = latencies.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
    }
}
