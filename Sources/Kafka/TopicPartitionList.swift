internal import CRdKafka

/// Conversions between Swift values and librdkafka's `rd_kafka_topic_partition_list_t`.
enum TopicPartitionList {
    /// The partitions in `list`, in its order.
    static func partitions(_ list: UnsafePointer<rd_kafka_topic_partition_list_t>) -> [KafkaTopicPartition] {
        elements(list).map { KafkaTopicPartition(topic: String(cString: $0.topic), partition: $0.partition) }
    }

    /// The elements of `list`.
    static func elements(
        _ list: UnsafePointer<rd_kafka_topic_partition_list_t>
    ) -> UnsafeBufferPointer<rd_kafka_topic_partition_t> {
        UnsafeBufferPointer(start: list.pointee.elems, count: Int(list.pointee.cnt))
    }

    /// A new list of `offsets`; the caller destroys it (`rd_kafka_topic_partition_list_destroy`).
    static func make(_ offsets: [KafkaOffset]) -> UnsafeMutablePointer<rd_kafka_topic_partition_list_t> {
        let list = rd_kafka_topic_partition_list_new(Int32(clamping: offsets.count))!
        for offset in offsets {
            rd_kafka_topic_partition_list_add(list, offset.topic, offset.partition).pointee.offset = offset.offset
        }
        return list
    }
}
