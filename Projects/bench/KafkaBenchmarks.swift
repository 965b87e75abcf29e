import Glibc
import Kafka
import LOW

extension BenchGroup {
    /// `kafka.roundtrip.c1.p50` and `.c1.p99` (one produce→consume hop with one message under
    /// way, in ms) and `kafka.roundtrip.c64` (messages/s with 64 under way): librdkafka's own
    /// round trip on the broker, the ceiling of issue 11 (`KafkaRawRoundTrip`). `kafka.module.*`:
    /// the same through the Kafka module (`KafkaModuleRoundTrip`). Without a broker it reports
    /// one skip line. `BENCH_KAFKA_SECONDS` sets each run's length (3 s).
    static let kafka = BenchGroup(name: "kafka", namePrefixes: ["kafka."]) { isSelected, report in
        let broker: KafkaBenchBroker
        do {
            broker = try await KafkaBenchBroker.open()
        } catch let unavailable as KafkaBenchBroker.Unavailable {
            report(KafkaBenchmarks.skipped(unavailable.reason))
            return
        }
        let seconds = getenv("BENCH_KAFKA_SECONDS").flatMap { Double(String(cString: $0)) } ?? 3
        do {
            try await KafkaBenchmarks(brokers: broker.brokers, seconds: seconds).run(isSelected, report)
        } catch {
            await broker.stop()
            throw error
        }
        await broker.stop()
    }
}

/// Each run on a fresh topic of `partitions` partitions, keys spread over them.
struct KafkaBenchmarks {
    var brokers: String
    var seconds: Double
    var partitions: Int32 = 4
    /// librdkafka's default lingers 5 ms before sending a batch: every hop would pay it.
    var lingerMilliseconds = 0

    static func skipped(_ reason: String) -> Measurement {
        Measurement(name: "kafka.skipped", value: 0, unit: "none", details: ["skipped": .string(reason)])
    }

    func run(_ isSelected: (String) -> Bool, _ report: (Measurement) -> Void) async throws {
        for (kind, prefix) in [("raw", "kafka.roundtrip"), ("module", "kafka.module.roundtrip")] {
            for inFlight in [1, 64] {
                let names =
                    inFlight == 1 ? ["\(prefix).c1.p50", "\(prefix).c1.p99"] : ["\(prefix).c\(inFlight)"]
                guard names.contains(where: isSelected) else { continue }
                let topic = "bench-\(kind)-c\(inFlight)-\(String(UInt32.random(in: .min ... .max), radix: 16))"
                try await KafkaAdmin.createTopics(
                    [.init(topic, partitions: partitions)], KafkaConfiguration(brokers: brokers))
                let summary =
                    kind == "raw"
                    ? try await KafkaRawRoundTrip(
                        brokers: brokers, topic: topic, partitions: partitions, inFlight: inFlight, seconds: seconds,
                        producerProperties: [("linger.ms", "\(lingerMilliseconds)")]
                    ).run()
                    : try await KafkaModuleRoundTrip(
                        producerConfiguration: producerConfiguration, consumerConfiguration: consumerConfiguration,
                        topic: topic, inFlight: inFlight, seconds: seconds
                    ).run()
                for measurement in measurements(names, summary, inFlight: inFlight) where isSelected(measurement.name) {
                    report(measurement)
                }
            }
        }
    }

    /// The producer's properties: no linger.
    private var producerConfiguration: KafkaConfiguration {
        KafkaConfiguration(brokers: brokers, properties: [("linger.ms", "\(lingerMilliseconds)")])
    }

    /// The consumer's: short group timings (INFRA.md), a fetch waits at most 5 ms for data.
    private var consumerConfiguration: KafkaConfiguration {
        KafkaConfiguration(
            brokers: brokers,
            properties: [("session.timeout.ms", "6000"), ("heartbeat.interval.ms", "500"), ("fetch.wait.max.ms", "5")])
    }

    private func measurements(_ names: [String], _ summary: RoundTripSummary, inFlight: Int) -> [Measurement] {
        var details: Fields = [
            "in_flight": .int(inFlight), "messages": .int(summary.latencies.count),
            "seconds": .double(Measurement.rounded(summary.elapsed)),
            "cpu_seconds": .double(Measurement.rounded(summary.cpu)), "partitions": .int(Int(partitions)),
            "linger_ms": .int(lingerMilliseconds), "fetch_wait_max_ms": .int(5), "value_bytes": .int(100),
            "librdkafka": .string(Kafka.versionString),
        ]
        let p50 = summary.percentile(0.5) * 1000
        let p99 = summary.percentile(0.99) * 1000
        guard inFlight == 1 else {
            details["p50_ms"] = .double(Measurement.rounded(p50))
            details["p99_ms"] = .double(Measurement.rounded(p99))
            return [Measurement(name: names[0], value: summary.messagesPerSecond, unit: "messages/s", details: details)]
        }
        details["messages_per_second"] = .double(Measurement.rounded(summary.messagesPerSecond))
        return [
            Measurement(name: names[0], value: p50, unit: "ms", details: details),
            Measurement(name: names[1], value: p99, unit: "ms", details: details),
        ]
    }
}
