// librdkafka, the Kafka client library (Debian: librdkafka-dev, pkg-config rdkafka). The tests
// and Tansu need librdkafka 2.16 at run time (.ci/kafka libdir); these headers may be older.
#include <librdkafka/rdkafka.h>

// rd_kafka_producev takes its fields as variadic arguments, which Swift cannot call: this
// fixes the ones the Kafka module sends. The key and value are copied (RD_KAFKA_MSG_F_COPY), so
// the caller's buffers may go as soon as it returns. On success librdkafka owns `headers`; on
// failure the caller still does.
static inline rd_kafka_resp_err_t cqrs_rd_kafka_produce(
    rd_kafka_t *rk, const char *topic, const void *key, size_t key_len, const void *value, size_t value_len,
    rd_kafka_headers_t *headers, void *message_opaque) {
    if (headers == NULL) {
        return rd_kafka_producev(
            rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_KEY(key, key_len),
            RD_KAFKA_V_VALUE(value, value_len), RD_KAFKA_V_OPAQUE(message_opaque), RD_KAFKA_V_END);
    }
    return rd_kafka_producev(
        rk, RD_KAFKA_V_TOPIC(topic), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_KEY(key, key_len),
        RD_KAFKA_V_VALUE(value, value_len), RD_KAFKA_V_HEADERS(headers), RD_KAFKA_V_OPAQUE(message_opaque),
        RD_KAFKA_V_END);
}
