import Kafka
import Synchronization

/// The same round trip through the Kafka module as the shell uses it: `KafkaProducer.send`
/// awaited for its delivery report, and a `KafkaConsumer` in a group whose messages one task
/// hands to the waiting senders. The gap to `KafkaRawRoundTrip` is what the Swift layer costs.
struct KafkaModuleRoundTrip {
    var producerConfiguration: KafkaConfiguration
    var consumerConfiguration: KafkaConfiguration
    var topic: String
    var inFlight: Int
    var seconds: Double
    var valueSize = 100

    func run() async throws -> RoundTripSummary {
        let producer = try KafkaProducer(producerConfiguration)
        let consumer = try KafkaConsumer(consumerConfiguration, group: "bench-module-\(inFlight)", topics: [topic])
        let arrivals = Arrivals()
        let dispatcher = Task {
            for try await message in consumer.messages { arrivals.arrived(message.key ?? []) }
        }
        defer { dispatcher.cancel() }
        let value = [UInt8](repeating: 0x61, count: valueSize)
        // Warm-up: the group join (about 3 s on Tansu) and connections, outside the timing.
        _ = try await arrivals.roundTrip(key: Array("warm-up".utf8)) {
            _ = try await producer.send(topic: topic, key: Array("warm-up".utf8), value: value)
        }
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        var latencies: [Double] = []
        let (elapsed, cpu) = try await timed {
            latencies = try await withThrowingTaskGroup(of: [Double].self) { group in
                for sender in 0..<inFlight {
                    group.addTask {
                        var hops: [Double] = []
                        var call = 0
                        while ContinuousClock.now < deadline {
                            let key = Array("\(sender)-\(call)".utf8)
                            hops.append(
                                try await arrivals.roundTrip(key: key) {
                                    _ = try await producer.send(topic: topic, key: key, value: value)
                                })
                            call += 1
                        }
                        return hops
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
        }
        await consumer.close()
        await producer.close()
        return RoundTripSummary(latencies: latencies, elapsed: elapsed, cpu: cpu)
    }
}

/// Senders waiting for their message (by key) to come back through the consumer.
private final class Arrivals: Sendable {
    private enum Slot {
        case waiting(CheckedContinuation<Void, Never>)
        /// Came back before its sender got its delivery report.
        case arrived
    }

    private let slots = Mutex<[[UInt8]: Slot]>([:])

    /// Sends with `send` and returns the seconds until the message keyed `key` came back.
    func roundTrip(key: [UInt8], _ send: () async throws -> Void) async throws -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try await send()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let isBack = slots.withLock { slots in
                if case .arrived? = slots[key] {
                    slots[key] = nil
                    return true
                }
                slots[key] = .waiting(continuation)
                return false
            }
            if isBack { continuation.resume() }
        }
        let took = clock.now - start
        return Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
    }

    func arrived(_ key: [UInt8]) {
        let waiter = slots.withLock { slots -> CheckedContinuation<Void, Never>? in
            guard case .waiting(let waiter)? = slots[key] else {
                slots[key] = .arrived
                return nil
            }
            slots[key] = nil
            return waiter
        }
        waiter?.resume()
    }
}
