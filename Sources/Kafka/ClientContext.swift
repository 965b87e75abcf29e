internal import CRdKafka

/// What librdkafka's callbacks reach through a client's opaque pointer (`rd_kafka_opaque`): the
/// log handler, and for a consumer its membership. Its `KafkaHandle` keeps it alive until the
/// client is destroyed, after which no callback comes.
final class ClientContext: Sendable {
    let log: (@Sendable (KafkaLogEntry) -> Void)?
    let membership: Membership?

    init(log: (@Sendable (KafkaLogEntry) -> Void)?, membership: Membership? = nil) {
        self.log = log
        self.membership = membership
    }

    /// The context of `client`, which a `KafkaHandle` made.
    static func of(_ client: OpaquePointer) -> ClientContext? {
        rd_kafka_opaque(client).map { Unmanaged<ClientContext>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Sets `conf` up to call back into this context: its opaque pointer and, when there is a
    /// handler, the log callback (called on librdkafka's own threads, and within `rd_kafka_new`).
    func install(on conf: OpaquePointer) {
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(self).toOpaque())
        guard log != nil else { return }
        rd_kafka_conf_set_log_cb(conf) { client, level, facility, text in
            guard let client, let log = ClientContext.of(client)?.log else { return }
            log(
                KafkaLogEntry(
                    level: level, facility: facility.map { String(cString: $0) } ?? "",
                    message: text.map { String(cString: $0) } ?? "", client: String(cString: rd_kafka_name(client))))
        }
    }
}
