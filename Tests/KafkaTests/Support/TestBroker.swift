import Foundation
import Kafka
import Testing

extension Tag {
    /// Runs against a real Kafka broker (CQRS_TEST_KAFKA_BROKERS).
    @Tag static var kafka: Self
}

/// The broker the tests use: `CQRS_TEST_KAFKA_BROKERS`, which `.ci/test` sets to a throw-away
/// Tansu it starts (`.ci/kafka start`), with librdkafka 2.16 on `LD_LIBRARY_PATH`. Without it the
/// tests skip, saying why, unless CQRS_REQUIRE_ALL=1 makes the skip a failure.
enum TestBroker {
    static let brokers: String? = ProcessInfo.processInfo.environment["CQRS_TEST_KAFKA_BROKERS"].flatMap {
        $0.isEmpty ? nil : $0
    }

    private static let isRequired = ProcessInfo.processInfo.environment["CQRS_REQUIRE_ALL"] == "1"

    private static let isAvailable: Bool = {
        if brokers == nil {
            print(
                "SKIPPING the Kafka broker tests: CQRS_TEST_KAFKA_BROKERS is not set "
                    + "(.ci/test starts a throw-away broker and sets it).")
        }
        return brokers != nil
    }()

    /// Enables a suite when there is a broker, or when CQRS_REQUIRE_ALL=1 (it then fails without one).
    static var enabled: ConditionTrait {
        .enabled(if: isAvailable || isRequired, "CQRS_TEST_KAFKA_BROKERS is not set")
    }

    /// A producer's or an admin call's configuration for the test broker.
    static func configuration() throws -> KafkaConfiguration {
        let brokers = try #require(brokers, "CQRS_TEST_KAFKA_BROKERS is not set, and CQRS_REQUIRE_ALL=1")
        return KafkaConfiguration(brokers: brokers)
    }

    /// A consumer's configuration: a group join takes about 3 s with these timings, about 23 s
    /// with librdkafka's defaults (INFRA.md); a fetch waits at most 5 ms for data.
    static func consumerConfiguration() throws -> KafkaConfiguration {
        var configuration = try configuration()
        configuration.set("session.timeout.ms", "6000")
        configuration.set("heartbeat.interval.ms", "500")
        configuration.set("fetch.wait.max.ms", "5")
        return configuration
    }

    /// A topic or group name no other test or run uses: Tansu keeps everything until it stops.
    static func uniqueName(_ prefix: String) -> String {
        "test-\(prefix)-\(String(UInt64.random(in: .min ... .max), radix: 16))"
    }

    /// A new topic of `partitions` partitions.
    static func makeTopic(_ prefix: String, partitions: Int32) async throws -> String {
        let topic = uniqueName(prefix)
        try await KafkaAdmin.createTopics([.init(topic, partitions: partitions)], configuration())
        return topic
    }
}
