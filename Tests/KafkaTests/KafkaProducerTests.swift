import Kafka
import Testing

@Suite(.tags(.kafka), .serialized)
struct KafkaProducerTests {
    @Test(TestBroker.enabled)
    func deliveryReportsGiveEachSendItsOwnOffsetInSendOrder() async throws {
        let topic = try await TestBroker.makeTopic("offsets", partitions: 1)
        let producer = try KafkaProducer(TestBroker.configuration())
        // Eight senders at once, each awaiting its sends in turn: the broker sees interleaved
        // sends, librdkafka retries nothing twice (idempotence), and each sender's offsets rise.
        let offsets = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for sender in 0..<8 {
                group.addTask {
                    var offsets: [Int64] = []
                    for index in 0..<25 {
                        let delivery = try await producer.send(
                            topic: topic, key: Array("same-key".utf8), value: Array("\(sender)-\(index)".utf8))
                        #expect(delivery.partition == 0)
                        offsets.append(delivery.offset)
                    }
                    return offsets
                }
            }
            return try await group.reduce(into: [[Int64]]()) { $0.append($1) }
        }
        await producer.close()
        for senderOffsets in offsets { #expect(senderOffsets == senderOffsets.sorted()) }
        let all = offsets.flatMap { $0 }.sorted()
        #expect(all == Array(0..<200), "each of the 200 messages once, none lost or written twice")
    }

    /// A port where nothing listens (the connection is refused), and one whose listener
    /// completes connections but never reads or answers.
    @Test(arguments: [false, true])
    func aBrokerThatDoesNotAnswerFailsTheSendWithATimeout(isListening: Bool) async throws {
        let port = try LocalPort(isListening: isListening)
        defer { port.close() }
        var configuration = KafkaConfiguration(brokers: "127.0.0.1:\(port.number)")
        configuration.set("message.timeout.ms", "1000")
        // librdkafka would otherwise log every failed connection on stderr.
        configuration.set("log_level", "0")
        let producer = try KafkaProducer(configuration)
        let started = ContinuousClock.now
        let error = await #expect(throws: KafkaError.self) {
            try await producer.send(topic: "nowhere", key: nil, value: Array("lost".utf8))
        }
        let waited = ContinuousClock.now - started
        await producer.close()
        #expect(error?.isTimeout == true, "\(String(describing: error))")
        #expect(error?.name == "_MSG_TIMED_OUT")
        #expect(waited >= .milliseconds(900) && waited < .seconds(10), "failed after \(waited)")
    }

    @Test func closingFailsTheSendsStillWaitingInsteadOfLeavingThemHanging() async throws {
        let port = try LocalPort(isListening: true)
        defer { port.close() }
        var configuration = KafkaConfiguration(brokers: "127.0.0.1:\(port.number)")
        configuration.set("message.timeout.ms", "60000")
        configuration.set("log_level", "0")
        let producer = try KafkaProducer(configuration)
        let sending = Task { try await producer.send(topic: "nowhere", key: nil, value: [1]) }
        try await Task.sleep(for: .milliseconds(300))
        let started = ContinuousClock.now
        await producer.close(timeout: .milliseconds(200))
        let result = await sending.result
        let waited = ContinuousClock.now - started
        let error = #expect(throws: KafkaError.self) { try result.get() }
        #expect(error?.name == "_PURGE_QUEUE", "\(String(describing: error))")
        #expect(waited < .seconds(5), "the send ended \(waited) after close began")
    }

    @Test func aSendAfterCloseFailsAtOnce() async throws {
        let port = try LocalPort(isListening: false)
        defer { port.close() }
        let producer = try KafkaProducer(
            KafkaConfiguration(brokers: "127.0.0.1:\(port.number)", properties: [("log_level", "0")]))
        await producer.close(timeout: .zero)
        let error = await #expect(throws: KafkaError.self) {
            try await producer.send(topic: "t", key: nil, value: [1])
        }
        #expect(error?.isClosed == true)
    }
}
