internal import CRdKafka

/// A member of a Kafka consumer group: receives the messages of the partitions the group gives
/// it, and commits offsets only when told to.
///
/// Auto-commit is off (`enable.auto.commit=false`): call `commit` once the work for a message is
/// durable, so a crash before that makes the group deliver the message again (at least once).
/// A new group starts at the earliest offset (`auto.offset.reset=earliest`). A thread of the
/// consumer's own polls librdkafka and feeds `messages`; another makes the commits.
///
/// Rebalances reach `events` on the poll thread, which waits for the handler to return before
/// it tells librdkafka to go on:
/// - `.assigned` comes before messages of the new partitions flow, so a handler can rebuild what
///   it needs for them first;
/// - `.revoked` comes before the partitions are given up. Messages of those partitions not yet
///   taken from `messages` are dropped first; the handler should wait until the work on the
///   messages already taken is durable and committed (commits still go through meanwhile), so
///   that the partitions' next owner starts exactly after it.
///
/// Close it with `close()`: that ends `messages`, revokes its partitions (calling `events` as
/// above) and leaves the group at once, instead of after `session.timeout.ms`. Not from inside
/// `events`: the close waits for the poll thread, which waits for the handler.
///
/// ```swift
/// let consumer = try KafkaConsumer(configuration, group: "projector", topics: ["app.events"])
/// for try await message in consumer.messages {
///     try await apply(message)
///     try await consumer.commit(after: message)
/// }
/// ```
package final class KafkaConsumer: Sendable {
    /// What happens to the consumer's membership, in the order it happens.
    package enum Event: Sendable, Equatable {
        /// The group gave the consumer these partitions (added to those it has, under the
        /// cooperative protocol; replacing them, under the eager one).
        case assigned([KafkaTopicPartition])
        /// The consumer is giving up these partitions.
        case revoked([KafkaTopicPartition])
        /// A failure librdkafka recovers from by itself (a broker down, a topic not there yet).
        case error(KafkaError)
    }

    /// The messages received, each partition in order; ends when the consumer closes. One task
    /// at a time iterates it.
    package let messages: KafkaMessages

    private let handle: KafkaHandle
    private let membership: Membership
    private let buffer: MessageBuffer
    private let poller: PollLoop
    private let commits: CommitQueue

    /// Joins `group` for `topics` and starts polling.
    /// - Parameters:
    ///   - capacity: how many received messages wait for the reader before polling pauses.
    ///   - events: called on rebalances and recoverable failures; see the type's documentation.
    ///     Without it, the failures go to the configuration's log (or stderr).
    /// - Throws: `KafkaError`, for a property librdkafka refuses or a subscription it rejects.
    package init(
        _ configuration: KafkaConfiguration, group: String, topics: [String], capacity: Int = 1024,
        events: (@Sendable (Event) async -> Void)? = nil
    ) throws(KafkaError) {
        let buffer = MessageBuffer(capacity: capacity)
        let membership = Membership(buffer: buffer, events: events, log: configuration.log)
        let conf = try configuration.makeConf(defaults: [
            ("group.id", group), ("enable.auto.commit", "false"), ("auto.offset.reset", "earliest"),
        ])
        rd_kafka_conf_set_rebalance_cb(conf) { client, error, partitions, _ in
            guard let client, let partitions, let membership = ClientContext.of(client)?.membership else { return }
            membership.rebalance(client, error, partitions)
        }
        let handle = try KafkaHandle(
            RD_KAFKA_CONSUMER, conf: conf, context: ClientContext(log: configuration.log, membership: membership))
        // Rebalances and errors then come through rd_kafka_consumer_poll, on the poll thread.
        rd_kafka_poll_set_consumer(handle.pointer)
        let subscription = TopicPartitionList.make(topics.map { KafkaOffset(topic: $0, partition: -1, offset: 0) })
        let subscribed = rd_kafka_subscribe(handle.pointer, subscription)
        rd_kafka_topic_partition_list_destroy(subscription)
        guard subscribed == RD_KAFKA_RESP_ERR_NO_ERROR else {
            handle.destroy()
            throw KafkaError(subscribed, "subscribe to \(topics.joined(separator: ","))")
        }
        self.handle = handle
        self.membership = membership
        self.buffer = buffer
        messages = KafkaMessages(buffer: buffer)
        commits = CommitQueue(handle)
        poller = PollLoop.start(
            "kafka-consumer",
            poll: { membership.poll(handle) },
            finish: {
                // Revokes the partitions (the rebalance callback runs here) and leaves the group.
                let closed = rd_kafka_consumer_close(handle.pointer)
                if closed != RD_KAFKA_RESP_ERR_NO_ERROR {
                    membership.report(.error(KafkaError(closed, "close")), from: handle.pointer)
                }
            })
    }

    /// Commits `offsets` (each the offset of the next message to read) and returns once the
    /// group coordinator stored them.
    /// - Throws: `KafkaError`, e.g. when the partition now belongs to another member.
    package func commit(_ offsets: [KafkaOffset]) async throws {
        try await commits.commit(offsets)
    }

    /// Commits the position after `message`: it and the messages before it in its partition are done.
    package func commit(after message: KafkaMessage) async throws {
        try await commits.commit([KafkaOffset(after: message)])
    }

    /// The partitions the group gave this consumer and it has not given up: empty until it joined.
    package var assignment: Set<KafkaTopicPartition> { membership.assignment }

    /// For each partition of `assignment`, how many messages the brokers hold beyond the
    /// consumer's position (the next offset librdkafka will hand to `messages`, whose buffer may
    /// hold a few not yet taken). From the high watermarks of the latest fetches: no request is
    /// made. A partition nothing was fetched from yet is left out.
    package func lag() -> [KafkaTopicPartition: Int64] {
        let partitions = Array(assignment)
        guard !partitions.isEmpty else { return [:] }
        let list = TopicPartitionList.make(
            partitions.map { KafkaOffset(topic: $0.topic, partition: $0.partition, offset: 0) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        guard rd_kafka_position(handle.pointer, list) == RD_KAFKA_RESP_ERR_NO_ERROR else { return [:] }
        var lag: [KafkaTopicPartition: Int64] = [:]
        for element in TopicPartitionList.elements(list) {
            var low: Int64 = 0
            var high: Int64 = 0
            let known = rd_kafka_get_watermark_offsets(handle.pointer, element.topic, element.partition, &low, &high)
            guard known == RD_KAFKA_RESP_ERR_NO_ERROR, high >= 0 else { continue }
            // Before the first message the position is not set yet: the lag counts from the low mark.
            let position = element.offset >= 0 ? element.offset : low
            lag[KafkaTopicPartition(topic: String(cString: element.topic), partition: element.partition)] = max(
                0, high - position)
        }
        return lag
    }

    /// Ends `messages` (dropping those not taken), revokes the partitions, leaves the group, makes
    /// the commits already asked for, and frees the client. Calling it again waits as well.
    package func close() async {
        buffer.finish()
        await poller.stop()
        let handle = handle
        await commits.close { handle.destroy() }
    }
}
