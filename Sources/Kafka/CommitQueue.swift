internal import CRdKafka
import Dispatch
import Synchronization

/// A consumer's offset commits, made synchronously (`rd_kafka_commit`) on a thread of their own.
///
/// Not on the poll thread: a `.revoked` handler holds that thread while in-flight work finishes
/// and commits, and those commits must still go through. The commits that queue while one is
/// with the broker go together in the next request, each partition at its highest offset.
final class CommitQueue: Sendable {
    private typealias Waiter = (offsets: [KafkaOffset], continuation: CheckedContinuation<Void, any Error>)

    private struct State {
        var waiting: [Waiter] = []
        var isClosed = false
        var last: (@Sendable () -> Void)?
    }

    private let handle: KafkaHandle
    private let state = Mutex(State())
    private let wake = DispatchSemaphore(value: 0)
    private let finished = Latch()

    init(_ handle: KafkaHandle) {
        self.handle = handle
        KafkaThread.start("kafka-commit") { self.run() }
    }

    /// Commits `offsets` and returns once the group coordinator stored them.
    func commit(_ offsets: [KafkaOffset]) async throws {
        guard !offsets.isEmpty else { return }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            let isClosed = state.withLock { state in
                if !state.isClosed { state.waiting.append((offsets, continuation)) }
                return state.isClosed
            }
            if isClosed { continuation.resume(throwing: KafkaError.closed("commit")) } else { wake.signal() }
        }
    }

    /// Makes the commits already queued, then runs `last` on the thread and ends it. Later calls
    /// only wait for that.
    func close(then last: @escaping @Sendable () -> Void) async {
        let isFirst = state.withLock { state in
            defer { state.isClosed = true }
            if !state.isClosed { state.last = last }
            return !state.isClosed
        }
        if isFirst { wake.signal() }
        await finished.wait()
    }

    private func run() {
        while true {
            wake.wait()
            let (batch, isClosed, last) = state.withLock { state in
                defer { state.waiting = [] }
                return (state.waiting, state.isClosed, state.last)
            }
            if !batch.isEmpty { commit(batch) }
            if isClosed {
                last?()
                finished.open()
                return
            }
        }
    }

    private func commit(_ batch: [Waiter]) {
        var highest: [KafkaTopicPartition: Int64] = [:]
        for offset in batch.flatMap(\.offsets) {
            let partition = KafkaTopicPartition(topic: offset.topic, partition: offset.partition)
            highest[partition] = max(highest[partition] ?? .min, offset.offset)
        }
        let list = TopicPartitionList.make(
            highest.map { KafkaOffset(topic: $0.key.topic, partition: $0.key.partition, offset: $0.value) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let error = rd_kafka_commit(handle.pointer, list, 0)
        var failed: [KafkaTopicPartition: KafkaError] = [:]
        for element in TopicPartitionList.elements(list) where element.err != RD_KAFKA_RESP_ERR_NO_ERROR {
            let partition = KafkaTopicPartition(topic: String(cString: element.topic), partition: element.partition)
            failed[partition] = KafkaError(element.err, "commit \(partition)")
        }
        for waiter in batch {
            let partitionFailure = waiter.offsets.lazy.compactMap {
                failed[KafkaTopicPartition(topic: $0.topic, partition: $0.partition)]
            }.first
            if let failure = partitionFailure {
                waiter.continuation.resume(throwing: failure)
            } else if error != RD_KAFKA_RESP_ERR_NO_ERROR {
                waiter.continuation.resume(throwing: KafkaError(error, "commit"))
            } else {
                waiter.continuation.resume()
            }
        }
    }
}
