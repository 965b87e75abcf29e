import Kafka
import Synchronization
import Testing

@Suite(.tags(.kafka), .serialized, TestBroker.enabled)
struct KafkaConsumerGroupTests {
    /// Under the eager protocol (`range`: every member gives up everything, then gets its share)
    /// and the cooperative one (only the partitions that move are revoked).
    @Test(arguments: ["range", "cooperative-sticky"])
    func twoMembersSplitThePartitionsAndEachMessageGoesToOne(strategy: String) async throws {
        let topic = try await TestBroker.makeTopic("split", partitions: 4)
        let group = TestBroker.uniqueName("group")
        var configuration = try TestBroker.consumerConfiguration()
        configuration.set("partition.assignment.strategy", strategy)
        let (firstEvents, secondEvents) = (EventLog(), EventLog())
        let first = try KafkaConsumer(configuration, group: group, topics: [topic], events: firstEvents.record)
        let everyPartition = Set((0..<4).map { KafkaTopicPartition(topic: topic, partition: $0) })
        #expect(try await eventually(within: .seconds(20)) { firstEvents.assignment == everyPartition })

        let second = try KafkaConsumer(configuration, group: group, topics: [topic], events: secondEvents.record)
        let isSplit = try await eventually(within: .seconds(20)) {
            let (held, heldToo) = (firstEvents.assignment, secondEvents.assignment)
            return !held.isEmpty && !heldToo.isEmpty && held.isDisjoint(with: heldToo)
                && held.union(heldToo) == everyPartition
        }
        #expect(isSplit, "first: \(firstEvents.all), second: \(secondEvents.all)")
        #expect(firstEvents.all.contains { if case .revoked = $0 { true } else { false } })
        // `assignment` follows once librdkafka was told, just after the handler returned.
        #expect(
            try await eventually(within: .seconds(5)) {
                first.assignment == firstEvents.assignment && second.assignment == secondEvents.assignment
            })
        // The eager protocol takes all four back before sharing them out; the cooperative one
        // moves two, and the first member keeps the others throughout.
        let firstRevoke = firstEvents.all.lazy.compactMap { event -> [KafkaTopicPartition]? in
            if case .revoked(let partitions) = event { partitions } else { nil }
        }.first
        #expect(firstRevoke?.count == (strategy == "range" ? 4 : 2), "first: \(firstEvents.all)")

        let producer = try KafkaProducer(TestBroker.configuration())
        for index in 0..<40 {
            _ = try await producer.send(topic: topic, key: Array("key-\(index)".utf8), value: Array("\(index)".utf8))
        }
        await producer.close()
        // Both members read until the 40 have come between them (a busy machine may hold either
        // one back for a while); each gets only the messages of its partitions.
        let (firstHeld, secondHeld) = (firstEvents.assignment, secondEvents.assignment)
        let tally = Tally()
        let deadline = ContinuousClock.now + .seconds(30)
        let received = try await withThrowingTaskGroup(of: [KafkaMessage].self) { tasks in
            for (consumer, held) in [(first, firstHeld), (second, secondHeld)] {
                tasks.addTask {
                    let reader = MessageReader(consumer)
                    var messages: [KafkaMessage] = []
                    while tally.count < 40, ContinuousClock.now < deadline {
                        guard let message = try await reader.next(within: .milliseconds(200)) else { continue }
                        #expect(held.contains(KafkaTopicPartition(topic: topic, partition: message.partition)))
                        messages.append(message)
                        tally.add()
                    }
                    return messages
                }
            }
            return try await tasks.reduce(into: []) { $0 += $1 }
        }
        await first.close()
        await second.close()

        #expect(
            received.map { String(decoding: $0.value, as: UTF8.self) }.sorted() == (0..<40).map { "\($0)" }.sorted())
        #expect(firstEvents.assignment.isEmpty, "close revokes every partition")
    }

    @Test func aRevokeWaitsForWorkInFlightAndItsCommit() async throws {
        let topic = try await TestBroker.makeTopic("revoke", partitions: 1)
        let producer = try KafkaProducer(TestBroker.configuration())
        for index in 0..<3 { _ = try await producer.send(topic: topic, key: nil, value: Array("\(index)".utf8)) }
        await producer.close()
        let group = TestBroker.uniqueName("group")
        let work = WorkInFlight()
        let first = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic]) { event in
            if case .revoked = event { await work.finish() }
        }
        let taken = try #require(try await MessageReader(first).take(1).first)
        // Still working on the message when the consumer closes; the commit comes afterwards.
        work.start {
            try await Task.sleep(for: .milliseconds(300))
            try await first.commit(after: taken)
        }
        await first.close()
        #expect(work.outcome == "", "the commit went through while the revoke waited")

        let second = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic])
        let rest = try await MessageReader(second).take(2)
        await second.close()
        #expect(rest.map { String(decoding: $0.value, as: UTF8.self) } == ["1", "2"])
    }
}

/// Work a test starts on a message, which a `.revoked` handler waits for.
private final class WorkInFlight: Sendable {
    private let task = Mutex<Task<Void, any Error>?>(nil)
    /// nil until the work ended; then "" when it succeeded, else its error.
    private let failure = Mutex<String?>(nil)

    func start(_ body: @escaping @Sendable () async throws -> Void) {
        task.withLock { $0 = Task { try await body() } }
    }

    func finish() async {
        guard let task = task.withLock({ $0 }) else { return }
        let outcome: String
        do {
            try await task.value
            outcome = ""
        } catch {
            outcome = "\(error)"
        }
        failure.withLock { $0 = outcome }
    }

    /// "" when the work ended well, its error when it failed, nil when nobody waited for it.
    var outcome: String? { failure.withLock { $0 } }
}

/// How many messages the members of a test received between them.
private final class Tally: Sendable {
    private let received = Atomic(0)

    func add() { received.add(1, ordering: .relaxed) }

    var count: Int { received.load(ordering: .relaxed) }
}
