import Foundation

/// Threads of the module's own for librdkafka's blocking calls (polls, synchronous commits, admin
/// requests), so that no thread of the cooperative pool (two on two cores) ever waits on a broker.
enum KafkaThread {
    /// Starts a thread named `name` that runs `body` once.
    static func start(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.start()
    }

    /// Runs `body` on a new thread; the calling task waits suspended, holding no thread.
    static func run<T: Sendable>(_ name: String, _ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            start(name) { continuation.resume(returning: body()) }
        }
    }
}
