/// A message as a consumer received it.
package struct KafkaMessage: Sendable, Equatable {
    package var topic: String
    package var partition: Int32
    package var offset: Int64
    /// The key, nil when the producer sent none.
    package var key: [UInt8]?
    /// The value; empty also when the producer sent none (a tombstone).
    package var value: [UInt8]
    /// The headers in the order the producer added them; a name may repeat.
    package var headers: [KafkaHeader]

    package init(
        topic: String, partition: Int32, offset: Int64, key: [UInt8]?, value: [UInt8], headers: [KafkaHeader] = []
    ) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
    }

    /// The value of the last header named `name`, if any.
    package func header(_ name: String) -> [UInt8]? {
        headers.last { $0.name == name }?.value
    }
}

/// One message header: a name and bytes.
package struct KafkaHeader: Sendable, Equatable {
    package var name: String
    package var value: [UInt8]

    package init(_ name: String, _ value: [UInt8]) {
        self.name = name
        self.value = value
    }

    package init(_ name: String, _ value: String) { self.init(name, Array(value.utf8)) }
}

/// Where a producer's message was written.
package struct KafkaDelivery: Sendable, Equatable {
    package var partition: Int32
    package var offset: Int64
}

/// One partition of a topic.
package struct KafkaTopicPartition: Sendable, Hashable, CustomStringConvertible {
    package var topic: String
    package var partition: Int32

    package init(topic: String, partition: Int32) {
        self.topic = topic
        self.partition = partition
    }

    package var description: String { "\(topic)[\(partition)]" }
}

/// A position to commit: in Kafka's convention the offset of the next message to read, one past
/// the last message whose work is done.
package struct KafkaOffset: Sendable, Hashable {
    package var topic: String
    package var partition: Int32
    package var offset: Int64

    package init(topic: String, partition: Int32, offset: Int64) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }

    /// The position after `message`: committing it marks `message` and those before it as done.
    package init(after message: KafkaMessage) {
        self.init(topic: message.topic, partition: message.partition, offset: message.offset + 1)
    }
}
