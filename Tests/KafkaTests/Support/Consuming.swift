import Kafka
import Synchronization
import Testing

/// The test's side of `KafkaConsumer.messages`, read with a deadline.
struct MessageReader {
    let messages: KafkaMessages

    init(_ consumer: KafkaConsumer) { messages = consumer.messages }

    /// The next `count` messages, failing the test if they do not come `within` the limit
    /// (the first includes a group join, about 3 s).
    func take(_ count: Int, within limit: Duration = .seconds(20)) async throws -> [KafkaMessage] {
        var taken: [KafkaMessage] = []
        while taken.count < count {
            let message = try await next(within: limit)
            taken.append(try #require(message, "no message within \(limit) after \(taken.count) of \(count)"))
        }
        return taken
    }

    /// The next message, or nil when none comes `within` the limit.
    func next(within limit: Duration) async throws -> KafkaMessage? {
        let messages = messages
        return try await withThrowingTaskGroup(of: KafkaMessage?.self) { group in
            // A fresh iterator each time: the sequence's iterators share its one buffer.
            group.addTask {
                var iterator = messages.makeAsyncIterator()
                return try await iterator.next()
            }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }
}

/// The events a consumer reported, for the test to look at.
final class EventLog: Sendable {
    private let events = Mutex<[KafkaConsumer.Event]>([])

    func record(_ event: KafkaConsumer.Event) { events.withLock { $0.append(event) } }

    var all: [KafkaConsumer.Event] { events.withLock { $0 } }

    /// The partitions the consumer holds after the events so far.
    var assignment: Set<KafkaTopicPartition> {
        var held: Set<KafkaTopicPartition> = []
        for event in all {
            switch event {
            case .assigned(let partitions): held.formUnion(partitions)
            case .revoked(let partitions): held.subtract(partitions)
            case .error: break
            }
        }
        return held
    }
}

/// Waits until `condition` holds, checking every 50 ms; false when `limit` passed first.
func eventually(within limit: Duration, _ condition: () -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while !condition() {
        guard ContinuousClock.now < deadline else { return false }
        try await Task.sleep(for: .milliseconds(50))
    }
    return true
}
