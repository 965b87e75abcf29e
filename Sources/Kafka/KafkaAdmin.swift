internal import CRdKafka

/// The topic administration a deployment needs at start: create its topics if missing, and ask
/// how many partitions a topic has. Each call makes a short-lived client on a thread of its own.
package enum KafkaAdmin {
    /// A topic to create.
    package struct Topic: Sendable, Equatable {
        package var name: String
        package var partitions: Int32
        /// -1: the broker's default (`default.replication.factor`).
        package var replicationFactor: Int32

        package init(_ name: String, partitions: Int32, replicationFactor: Int32 = -1) {
            self.name = name
            self.partitions = partitions
            self.replicationFactor = replicationFactor
        }
    }

    /// Creates the topics that do not exist yet; one that exists is left as it is, whatever its
    /// partition count (`partitionCount(of:)` tells it).
    /// - Throws: `KafkaError`, from the request (e.g. `_TIMED_OUT`) or for a topic the broker
    ///   refused (e.g. `INVALID_PARTITIONS`).
    package static func createTopics(
        _ topics: [Topic], _ configuration: KafkaConfiguration, timeout: Duration = .seconds(30)
    ) async throws {
        let conf = Handover(value: try configuration.makeConf())
        let context = ClientContext(log: configuration.log)
        let result = await KafkaThread.run("kafka-admin") { () -> Result<Void, KafkaError> in
            Result { () throws(KafkaError) in
                let client = try KafkaHandle(RD_KAFKA_PRODUCER, conf: conf.value, context: context)
                defer { client.destroy() }
                try create(topics, on: client.pointer, timeoutMilliseconds: Int32(clamping: timeout.milliseconds))
            }
        }
        try result.get()
    }

    /// How many partitions `topic` has, or nil when the broker does not know it.
    package static func partitionCount(
        of topic: String, _ configuration: KafkaConfiguration, timeout: Duration = .seconds(30)
    ) async throws -> Int? {
        let conf = Handover(value: try configuration.makeConf())
        let context = ClientContext(log: configuration.log)
        let result = await KafkaThread.run("kafka-admin") { () -> Result<Int?, KafkaError> in
            Result { () throws(KafkaError) -> Int? in
                let client = try KafkaHandle(RD_KAFKA_PRODUCER, conf: conf.value, context: context)
                defer { client.destroy() }
                var metadata: UnsafePointer<rd_kafka_metadata_t>?
                // All topics, rather than this one: asking for one can make the broker create it.
                let error = rd_kafka_metadata(
                    client.pointer, 1, nil, &metadata, Int32(clamping: timeout.milliseconds))
                guard error == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else {
                    throw KafkaError(error, "metadata")
                }
                defer { rd_kafka_metadata_destroy(metadata) }
                let known = UnsafeBufferPointer(start: metadata.pointee.topics, count: Int(metadata.pointee.topic_cnt))
                return known.first { String(cString: $0.topic) == topic && $0.err == RD_KAFKA_RESP_ERR_NO_ERROR }
                    .map { Int($0.partition_cnt) }
            }
        }
        return try result.get()
    }

    private static func create(
        _ topics: [Topic], on client: OpaquePointer, timeoutMilliseconds: Int32
    ) throws(KafkaError) {
        var reason = [CChar](repeating: 0, count: 512)
        var newTopics: [OpaquePointer?] = []
        defer { for topic in newTopics { rd_kafka_NewTopic_destroy(topic) } }
        for topic in topics {
            guard
                let newTopic = rd_kafka_NewTopic_new(
                    topic.name, topic.partitions, topic.replicationFactor, &reason, reason.count)
            else {
                throw KafkaError(RD_KAFKA_RESP_ERR__INVALID_ARG, "topic \(topic.name)", detail: String(reason: reason))
            }
            newTopics.append(newTopic)
        }
        let options = rd_kafka_AdminOptions_new(client, RD_KAFKA_ADMIN_OP_CREATETOPICS)
        defer { rd_kafka_AdminOptions_destroy(options) }
        _ = rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMilliseconds, &reason, reason.count)
        let queue = rd_kafka_queue_new(client)
        defer { rd_kafka_queue_destroy(queue) }
        rd_kafka_CreateTopics(client, &newTopics, newTopics.count, options, queue)
        guard let event = rd_kafka_queue_poll(queue, timeoutMilliseconds) else {
            throw KafkaError(RD_KAFKA_RESP_ERR__TIMED_OUT, "create topics")
        }
        defer { rd_kafka_event_destroy(event) }
        let error = rd_kafka_event_error(event)
        guard error == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw KafkaError(
                error, "create topics", detail: rd_kafka_event_error_string(event).map { String(cString: $0) })
        }
        var count = 0
        let results = rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(event), &count)
        for result in UnsafeBufferPointer(start: results, count: count) {
            let error = rd_kafka_topic_result_error(result)
            guard error != RD_KAFKA_RESP_ERR_NO_ERROR, error != RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS else { continue }
            let name = String(cString: rd_kafka_topic_result_name(result))
            throw KafkaError(
                error, "create topic \(name)",
                detail: rd_kafka_topic_result_error_string(result).map { String(cString: $0) })
        }
    }
}

/// A value that crosses to the admin thread once and is used only there.
struct Handover<Value>: @unchecked Sendable {
    let value: Value
}
