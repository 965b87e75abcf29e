internal import CRdKafka

/// An `rd_kafka_t`, a librdkafka client.
///
/// `@unchecked Sendable`: librdkafka's client calls are thread-safe (its INTRODUCTION.md,
/// "Threads and callbacks"); the one call that is not, `destroy`, its owner makes once, after
/// every thread that uses the handle has stopped.
final class KafkaHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    /// Held for librdkafka's callbacks, which reach it unretained through the opaque pointer.
    private let context: ClientContext

    /// A new client of `type` made from `conf`, which it takes over even when it throws.
    init(_ type: rd_kafka_type_t, conf: OpaquePointer, context: ClientContext) throws(KafkaError) {
        context.install(on: conf)
        self.context = context
        var reason = [CChar](repeating: 0, count: 512)
        guard let client = rd_kafka_new(type, conf, &reason, reason.count) else {
            rd_kafka_conf_destroy(conf)
            throw KafkaError(RD_KAFKA_RESP_ERR__INVALID_ARG, "new client", detail: String(reason: reason))
        }
        pointer = client
    }

    func destroy() { rd_kafka_destroy(pointer) }
}
