internal import CRdKafka

/// A failure that librdkafka reported, named and worded as librdkafka names and words it.
///
/// `name` is librdkafka's name for the code (`rd_kafka_err2name`): names with a leading underscore
/// are the client's own (`_MSG_TIMED_OUT`, `_TRANSPORT`), the others the broker's
/// (`TOPIC_ALREADY_EXISTS`). The module's own failures reuse librdkafka's codes: a refused property
/// is `_INVALID_ARG`, a call on a closed client `_DESTROY`.
package struct KafkaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// librdkafka's code (`rd_kafka_resp_err_t`).
    package let code: Int32
    /// librdkafka's name for `code`, e.g. `_MSG_TIMED_OUT`.
    package let name: String
    /// What failed, then librdkafka's own words.
    package let message: String

    package var description: String { "\(name): \(message)" }

    init(_ error: rd_kafka_resp_err_t, _ context: String, detail: String? = nil) {
        code = error.rawValue
        name = String(cString: rd_kafka_err2name(error))
        message = "\(context): \(detail ?? String(cString: rd_kafka_err2str(error)))"
    }

    /// Takes over an `rd_kafka_error_t` (the newer error objects) and destroys it.
    init(taking error: OpaquePointer, _ context: String) {
        self.init(rd_kafka_error_code(error), context, detail: String(cString: rd_kafka_error_string(error)))
        rd_kafka_error_destroy(error)
    }

    /// A property librdkafka refused, in its words (e.g. `No such configuration property: "x"`).
    static func invalidProperty(_ key: String, _ value: String, _ reason: String) -> Self {
        Self(RD_KAFKA_RESP_ERR__INVALID_ARG, "property \(key)=\(value)", detail: reason)
    }

    /// A call on a producer or consumer after `close()` began.
    static func closed(_ what: String) -> Self {
        Self(RD_KAFKA_RESP_ERR__DESTROY, what, detail: "closed")
    }

    /// Whether the broker did not answer in time: a message not delivered within
    /// `message.timeout.ms`, or a request within its timeout.
    package var isTimeout: Bool {
        code == RD_KAFKA_RESP_ERR__MSG_TIMED_OUT.rawValue || code == RD_KAFKA_RESP_ERR__TIMED_OUT.rawValue
    }

    /// Whether the client is closed (or was closed while the call waited).
    package var isClosed: Bool { code == RD_KAFKA_RESP_ERR__DESTROY.rawValue }
}

extension String {
    /// The text librdkafka wrote into an error buffer (`errstr`), up to its NUL.
    init(reason buffer: [CChar]) {
        self.init(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
