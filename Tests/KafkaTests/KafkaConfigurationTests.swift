import Kafka
import Testing

/// Properties librdkafka refuses fail when a client is made, in librdkafka's words; its log lines
/// go where the configuration says. No broker needed.
struct KafkaConfigurationTests {
    @Test func anUnknownPropertyNamesItselfInTheError() throws {
        var configuration = KafkaConfiguration(brokers: "127.0.0.1:9")
        configuration.set("no.such.property", "1")
        let error = try #require(throws: KafkaError.self) { try KafkaProducer(configuration) }
        #expect(error.name == "_INVALID_ARG")
        #expect(error.message.contains("no.such.property=1"))
        #expect(error.message.contains("No such configuration property"))
    }

    @Test func aBadValueNamesThePropertyAndTheReason() throws {
        var configuration = KafkaConfiguration(brokers: "127.0.0.1:9")
        configuration.set("session.timeout.ms", "soon")
        let error = try #require(throws: KafkaError.self) {
            try KafkaConsumer(configuration, group: "g", topics: ["t"])
        }
        #expect(error.name == "_INVALID_ARG")
        #expect(error.message.contains("session.timeout.ms=soon"))
    }

    @Test func aPropertyArgumentSplitsAtTheFirstEquals() throws {
        var configuration = KafkaConfiguration(brokers: "b:9092")
        try configuration.set(property: "sasl.password=a=b")
        try configuration.set(property: "acks=1")
        try configuration.set(property: "acks=all")
        #expect(
            configuration.properties == [.init(key: "sasl.password", value: "a=b"), .init(key: "acks", value: "all")])
    }

    @Test(arguments: ["acks", "=all", ""])
    func aPropertyArgumentWithoutKeyOrEqualsIsRefused(_ text: String) throws {
        var configuration = KafkaConfiguration(brokers: "b:9092")
        let error = try #require(throws: KafkaError.self) { try configuration.set(property: text) }
        #expect(error.message.contains("expected key=value"))
    }

    @Test func librdkafkasLogLinesGoToTheHandlerInsteadOfStderr() async throws {
        let port = try LocalPort(isListening: false)
        defer { port.close() }
        let lines = LogLines()
        var configuration = KafkaConfiguration(brokers: "127.0.0.1:\(port.number)", log: lines.append)
        // A consumer's property on a producer: librdkafka warns while it makes the client.
        configuration.set("session.timeout.ms", "6000")
        let producer = try KafkaProducer(configuration)
        await producer.close(timeout: .zero)
        let warning = try #require(lines.all.first { $0.facility == "CONFWARN" }, "\(lines.all)")
        #expect(warning.level == 4)
        #expect(warning.message.contains("session.timeout.ms"))
        #expect(warning.client.hasPrefix("rdkafka#producer"))
    }
}
