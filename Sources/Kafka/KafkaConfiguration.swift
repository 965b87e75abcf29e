internal import CRdKafka

/// Where the brokers are and any librdkafka property, for a producer, consumer or admin call.
///
/// Properties are librdkafka's (its CONFIGURATION.md), applied in order after `bootstrap.servers`
/// and after the defaults a client sets for its role, so a property given here overrides them.
/// librdkafka checks names and values only when a client is made: a bad one makes that throw
/// a `KafkaError` (`_INVALID_ARG`) that quotes librdkafka's reason.
///
/// ```swift
/// var configuration = KafkaConfiguration(brokers: "127.0.0.1:9092")
/// try configuration.set(property: "session.timeout.ms=6000")
/// let producer = try KafkaProducer(configuration)
/// ```
package struct KafkaConfiguration: Sendable {
    /// The bootstrap brokers, `host:port[,host:port...]` (librdkafka's `bootstrap.servers`).
    package var brokers: String

    /// Where librdkafka's log lines go, on librdkafka's threads; nil leaves them to librdkafka,
    /// which prints them on stderr. A shell passes its own logger, and may drop the `CONFWARN`
    /// lines that one property list shared by producers and consumers causes.
    package var log: (@Sendable (KafkaLogEntry) -> Void)?

    /// The properties set, in order, each name once.
    package private(set) var properties: [Property] = []

    /// One librdkafka property.
    package struct Property: Sendable, Equatable {
        package var key: String
        package var value: String

        package init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    package init(
        brokers: String, properties: [(key: String, value: String)] = [],
        log: (@Sendable (KafkaLogEntry) -> Void)? = nil
    ) {
        self.brokers = brokers
        self.log = log
        for property in properties { set(property.key, property.value) }
    }

    /// Sets `key` to `value`, replacing an earlier value of the same key.
    package mutating func set(_ key: String, _ value: String) {
        if let index = properties.firstIndex(where: { $0.key == key }) {
            properties[index].value = value
        } else {
            properties.append(Property(key: key, value: value))
        }
    }

    /// Sets a property written `key=value`, as `--kafka-property` takes it.
    /// - Throws: `KafkaError` (`_INVALID_ARG`) when there is no `=` or no key before it.
    package mutating func set(property text: String) throws(KafkaError) {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw KafkaError(RD_KAFKA_RESP_ERR__INVALID_ARG, "property \(text)", detail: "expected key=value")
        }
        set(String(text[..<equals]), String(text[text.index(after: equals)...]))
    }

    /// A new `rd_kafka_conf_t` with the brokers, then `defaults`, then `properties`. The caller
    /// owns it: `rd_kafka_new` takes it on success, otherwise the caller destroys it.
    func makeConf(defaults: [(String, String)] = []) throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        let all = [("bootstrap.servers", brokers)] + defaults + properties.map { ($0.key, $0.value) }
        var reason = [CChar](repeating: 0, count: 512)
        for (key, value) in all where rd_kafka_conf_set(conf, key, value, &reason, reason.count) != RD_KAFKA_CONF_OK {
            rd_kafka_conf_destroy(conf)
            throw .invalidProperty(key, value, String(reason: reason))
        }
        return conf
    }
}
