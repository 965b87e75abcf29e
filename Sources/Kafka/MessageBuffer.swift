import Dispatch
import Synchronization

/// The bounded hand-over between a consumer's poll thread, which pushes, and the one task that
/// reads `KafkaConsumer.messages`. When full, `push` blocks the poll thread (a thread of the
/// consumer's own) until the reader takes a message: librdkafka then buffers, up to its own
/// limits, instead of this growing.
final class MessageBuffer: Sendable {
    private struct State {
        var messages: [KafkaMessage] = []
        var head = 0
        var reader: CheckedContinuation<KafkaMessage?, any Error>?
        /// Set once: nil for a clean end (the reader then gets nil), or the failure it gets.
        var end: KafkaError??
        var isWriterWaiting = false

        var count: Int { messages.count - head }

        mutating func popFirst() -> KafkaMessage? {
            guard head < messages.count else { return nil }
            defer {
                head += 1
                // Drops the taken prefix once it is the larger part, so memory stays bounded.
                if head >= 64 && head * 2 >= messages.count {
                    messages.removeFirst(head)
                    head = 0
                }
            }
            return messages[head]
        }
    }

    private let capacity: Int
    private let state = Mutex(State())
    private let room = DispatchSemaphore(value: 0)

    init(capacity: Int) {
        precondition(capacity > 0, "a message buffer holds at least one message")
        self.capacity = capacity
    }

    /// Hands `message` to the waiting reader or queues it, waiting while the buffer is full.
    /// Drops it once the buffer was finished. Called on the poll thread only.
    func push(_ message: KafkaMessage) {
        enum Step {
            case hand(CheckedContinuation<KafkaMessage?, any Error>)
            case done
            case wait
        }
        while true {
            let step = state.withLock { state -> Step in
                if state.end != nil { return .done }
                if let reader = state.reader {
                    state.reader = nil
                    return .hand(reader)
                }
                if state.count < capacity {
                    state.messages.append(message)
                    return .done
                }
                state.isWriterWaiting = true
                return .wait
            }
            switch step {
            case .hand(let reader):
                reader.resume(returning: message)
                return
            case .done: return
            case .wait: room.wait()
            }
        }
    }

    /// The next message; nil once the consumer closed. One task at a time may call it.
    /// - Throws: the consumer's fatal `KafkaError`, or `CancellationError` when the task is cancelled.
    func next() async throws -> KafkaMessage? {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (reader: CheckedContinuation<KafkaMessage?, any Error>) in
                let (result, wakesWriter) = state.withLock { state -> (Result<KafkaMessage?, any Error>?, Bool) in
                    if let message = state.popFirst() {
                        defer { state.isWriterWaiting = false }
                        return (.success(message), state.isWriterWaiting)
                    }
                    if let end = state.end { return (end.map { .failure($0) } ?? .success(nil), false) }
                    if Task.isCancelled { return (.failure(CancellationError()), false) }
                    precondition(state.reader == nil, "one task at a time reads a consumer's messages")
                    state.reader = reader
                    return (nil, false)
                }
                if wakesWriter { room.signal() }
                if let result { reader.resume(with: result) }
            }
        } onCancel: {
            state.withLock { state in
                defer { state.reader = nil }
                return state.reader
            }?.resume(throwing: CancellationError())
        }
    }

    /// Drops the queued messages of `partitions`: the consumer is giving them up, and their next
    /// owner reads them again from the committed offset.
    func remove(_ partitions: Set<KafkaTopicPartition>) {
        state.withLock { state in
            let kept = state.messages[state.head...].filter {
                !partitions.contains(KafkaTopicPartition(topic: $0.topic, partition: $0.partition))
            }
            state.messages = Array(kept)
            state.head = 0
        }
    }

    /// Ends the sequence: drops the queued messages, gives the reader nil (or `failure`), and
    /// releases a `push` waiting for room. Later calls change nothing.
    func finish(_ failure: KafkaError? = nil) {
        let (reader, wakesWriter) = state.withLock { state in
            guard state.end == nil else { return (CheckedContinuation<KafkaMessage?, any Error>?.none, false) }
            state.end = .some(failure)
            state.messages = []
            state.head = 0
            defer {
                state.reader = nil
                state.isWriterWaiting = false
            }
            return (state.reader, state.isWriterWaiting)
        }
        if wakesWriter { room.signal() }
        if let failure { reader?.resume(throwing: failure) } else { reader?.resume(returning: nil) }
    }
}

/// The messages a `KafkaConsumer` receives, in each partition's order; ends when it closes.
package struct KafkaMessages: AsyncSequence, Sendable {
    package typealias Element = KafkaMessage

    let buffer: MessageBuffer

    package struct AsyncIterator: AsyncIteratorProtocol {
        let buffer: MessageBuffer

        package mutating func next() async throws -> KafkaMessage? { try await buffer.next() }
    }

    package func makeAsyncIterator() -> AsyncIterator { AsyncIterator(buffer: buffer) }
}
