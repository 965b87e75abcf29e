import Kafka
import Testing

@Suite(.tags(.kafka), .serialized, TestBroker.enabled)
struct KafkaConsumerTests {
    @Test func aMessageArrivesWithItsKeyValueHeadersAndDeliveredPosition() async throws {
        let topic = try await TestBroker.makeTopic("roundtrip", partitions: 3)
        let producer = try KafkaProducer(TestBroker.configuration())
        let headers = [KafkaHeader("command-id", "c-1"), KafkaHeader("reply-to", "bff-7"), KafkaHeader("empty", [])]
        let delivery = try await producer.send(
            topic: topic, key: Array("account-42".utf8), value: Array("{\"amount\":5}".utf8), headers: headers)
        await producer.close()

        let consumer = try KafkaConsumer(
            TestBroker.consumerConfiguration(), group: TestBroker.uniqueName("group"), topics: [topic])
        let messages = try await MessageReader(consumer).take(1)
        await consumer.close()

        #expect(
            messages == [
                KafkaMessage(
                    topic: topic, partition: delivery.partition, offset: delivery.offset,
                    key: Array("account-42".utf8), value: Array("{\"amount\":5}".utf8), headers: headers)
            ])
    }

    @Test func messagesOfOneKeyArriveInSendOrderFromOnePartition() async throws {
        let topic = try await TestBroker.makeTopic("order", partitions: 3)
        let producer = try KafkaProducer(TestBroker.configuration())
        let keys = ["stream-a", "stream-b", "stream-c", "stream-d"]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for key in keys {
                group.addTask {
                    for index in 0..<20 {
                        _ = try await producer.send(topic: topic, key: Array(key.utf8), value: Array("\(index)".utf8))
                    }
                }
            }
            try await group.waitForAll()
        }
        await producer.close()

        let consumer = try KafkaConsumer(
            TestBroker.consumerConfiguration(), group: TestBroker.uniqueName("group"), topics: [topic])
        let messages = try await MessageReader(consumer).take(keys.count * 20)
        await consumer.close()

        for key in keys {
            let ofKey = messages.filter { $0.key == Array(key.utf8) }
            #expect(ofKey.map { String(decoding: $0.value, as: UTF8.self) } == (0..<20).map { "\($0)" }, "\(key)")
            #expect(Set(ofKey.map(\.partition)).count == 1, "\(key) stays in one partition")
        }
    }

    @Test func aNewMemberResumesRightAfterTheCommittedOffset() async throws {
        let (topic, group) = try await sendNumbered(10)
        let first = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic])
        let firstFive = try await MessageReader(first).take(5)
        try await first.commit(after: try #require(firstFive.last))
        await first.close()

        let second = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic])
        let reader = MessageReader(second)
        let rest = try await reader.take(5)
        let extra = try await reader.next(within: .seconds(1))
        await second.close()

        #expect(numbers(firstFive) == [0, 1, 2, 3, 4])
        #expect(numbers(rest) == [5, 6, 7, 8, 9], "nothing lost, nothing repeated")
        #expect(extra == nil)
    }

    @Test func messagesTakenButNotCommittedAreDeliveredAgain() async throws {
        let (topic, group) = try await sendNumbered(6)
        let first = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic])
        let taken = try await MessageReader(first).take(4)
        try await first.commit(after: taken[1])
        await first.close()

        let second = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic])
        let again = try await MessageReader(second).take(4)
        await second.close()

        #expect(numbers(taken) == [0, 1, 2, 3])
        #expect(numbers(again) == [2, 3, 4, 5])
    }

    @Test func lagCountsWhatTheBrokerHoldsBeyondWhatWasHandedOver() async throws {
        let (topic, group) = try await sendNumbered(20)
        let partition = KafkaTopicPartition(topic: topic, partition: 0)
        // Room for one message: the poll thread waits while the reader lags, so the position does too.
        let consumer = try KafkaConsumer(TestBroker.consumerConfiguration(), group: group, topics: [topic], capacity: 1)
        let reader = MessageReader(consumer)
        _ = try await reader.take(2)
        #expect(consumer.assignment == [partition])
        let behind = consumer.lag()[partition] ?? 0
        _ = try await reader.take(18)
        let caughtUp = try await eventually(within: .seconds(5)) { consumer.lag() == [partition: 0] }
        await consumer.close()

        #expect((14...18).contains(behind), "lag \(behind) after taking 2 of 20 with room for 1")
        #expect(caughtUp, "lag \(consumer.lag()) after taking all 20")
        #expect(consumer.assignment.isEmpty)
    }

    @Test func withoutAnEventsHandlerAFailureGoesToTheLog() async throws {
        let lines = LogLines()
        var configuration = try TestBroker.consumerConfiguration()
        configuration.log = lines.append
        let missing = TestBroker.uniqueName("missing")
        let consumer = try KafkaConsumer(configuration, group: TestBroker.uniqueName("group"), topics: [missing])
        let isLogged = try await eventually(within: .seconds(10)) {
            lines.all.contains { $0.facility == "ERROR" && $0.message.contains("UNKNOWN_TOPIC_OR_PART") }
        }
        await consumer.close()
        #expect(isLogged, "\(lines.all)")
    }

    /// Sends "0" ... "n-1" to a new one-partition topic; returns it and a new group's name.
    private func sendNumbered(_ count: Int) async throws -> (topic: String, group: String) {
        let topic = try await TestBroker.makeTopic("resume", partitions: 1)
        let producer = try KafkaProducer(TestBroker.configuration())
        for index in 0..<count {
            _ = try await producer.send(topic: topic, key: nil, value: Array("\(index)".utf8))
        }
        await producer.close()
        return (topic, TestBroker.uniqueName("group"))
    }

    private func numbers(_ messages: [KafkaMessage]) -> [Int] {
        messages.map { Int(String(decoding: $0.value, as: UTF8.self)) ?? -1 }
    }
}
