internal import CRdKafka

/// Facts about the librdkafka this process runs with.
package enum Kafka {
    /// librdkafka's version as it reports it (`rd_kafka_version_str()`), e.g. "2.16.0": the library
    /// loaded at run time, which may differ from the headers the module was built against. Log it at
    /// start: Debian 12's 2.0.2 cannot talk to Tansu, 2.16 can (INFRA.md).
    package static var versionString: String { String(cString: rd_kafka_version_str()) }
}
