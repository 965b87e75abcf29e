import Kafka
import Testing

@Suite(.tags(.kafka), .serialized, TestBroker.enabled)
struct KafkaAdminTests {
    @Test func creatingATopicThatExistsLeavesItAsItIs() async throws {
        let topic = TestBroker.uniqueName("admin")
        let configuration = try TestBroker.configuration()
        #expect(try await KafkaAdmin.partitionCount(of: topic, configuration) == nil)
        try await KafkaAdmin.createTopics([.init(topic, partitions: 3)], configuration)
        try await KafkaAdmin.createTopics([.init(topic, partitions: 3)], configuration)
        try await KafkaAdmin.createTopics([.init(topic, partitions: 5)], configuration)
        #expect(try await KafkaAdmin.partitionCount(of: topic, configuration) == 3)
    }

    @Test func theLibraryLoadedIsOneThatTalksToTansu() {
        // Debian 12's librdkafka 2.0.2 cannot parse Tansu's ApiVersions answer (INFRA.md); the
        // tests must run with `LD_LIBRARY_PATH=$(.ci/kafka libdir)`, which loads 2.16.
        let parts = Kafka.versionString.split(separator: ".").compactMap { Int($0) }
        #expect(parts.lexicographicallyPrecedes([2, 16]) == false, "librdkafka \(Kafka.versionString)")
    }
}
