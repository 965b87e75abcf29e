import Synchronization

/// A thread of its own that calls `poll` (a librdkafka poll with a short timeout) until told to
/// stop, then `finish` once: the librdkafka callbacks that complete Swift calls run there.
final class PollLoop: Sendable {
    private let isStopping = Atomic<Bool>(false)
    private let finished = Latch()

    private init() {}

    /// Starts the thread. `poll` should return within a fraction of a second even when idle
    /// (a poll timeout of 100 ms), as the loop checks for `stop` between calls.
    static func start(
        _ name: String, poll: @escaping @Sendable () -> Void, finish: @escaping @Sendable () -> Void
    ) -> PollLoop {
        let loop = PollLoop()
        KafkaThread.start(name) {
            while !loop.isStopping.load(ordering: .acquiring) { poll() }
            finish()
            loop.finished.open()
        }
        return loop
    }

    /// Tells the loop to end after the current poll and waits until `finish` has returned.
    func stop() async {
        isStopping.store(true, ordering: .releasing)
        await finished.wait()
    }
}
