import Synchronization

/// A bounded FIFO queue between tasks: when it holds `capacity` elements, `send` waits for room
/// instead of the queue growing (back-pressure), and `receive` waits for an element.
///
/// No polling: waiting senders and receivers are continuations resumed by the other side. Both
/// waits are cancellation-safe: a cancelled sender's element is not enqueued (it throws
/// `CancellationError`), a cancelled receiver gets `nil` and loses nothing.
///
/// ```swift
/// let jobs = BoundedChannel<Job>(capacity: 64)
/// try await jobs.send(job)                   // waits while 64 jobs are queued
/// while let job = await jobs.receive() { ... } // nil once closed and drained
/// ```
package final class BoundedChannel<Element: Sendable>: Sendable {
    /// Why `send` refused an element.
    package struct Closed: Error, Sendable, Equatable {}

    private struct Sender {
        var id: UInt64
        var element: Element
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct Receiver {
        var id: UInt64
        var continuation: CheckedContinuation<Element?, Never>
    }

    private struct State {
        var buffer = Queue<Element>()
        var senders = Queue<Sender>()
        var receivers = Queue<Receiver>()
        var isClosed = false
        var nextID: UInt64 = 0
    }

    package let capacity: Int
    private let state = Mutex(State())

    /// - Parameter capacity: how many elements wait in the queue before a sender has to; at least 1.
    package init(capacity: Int) {
        precondition(capacity > 0, "a bounded channel needs room for one element")
        self.capacity = capacity
    }

    /// The number of queued elements (waiting senders excluded).
    package var count: Int { state.withLock { $0.buffer.count } }

    /// Enqueues `element`, waiting while the channel is full.
    /// - Throws: `CancellationError` when the task is cancelled before the element got in (it is
    ///   then not enqueued); `Closed` after `close()`.
    package func send(_ element: Element) async throws {
        let admission: Admission? = state.withLock { state in
            if state.isClosed { return .refused(Closed()) }
            return admit(element, into: &state)
        }
        switch admission {
        case .handed(let receiver)?: receiver.resume(returning: element)
        case .refused(let error)?: throw error
        case .admitted?, .waiting?: return
        case nil: try await waitForRoom(element)
        }
    }

    /// Hands `element` to a waiting receiver or queues it; `nil` when the channel is full.
    private func admit(_ element: Element, into state: inout State) -> Admission? {
        if let receiver = state.receivers.popFirst() { return .handed(receiver.continuation) }
        guard state.buffer.count < capacity else { return nil }
        state.buffer.append(element)
        return .admitted
    }

    private func waitForRoom(_ element: Element) async throws {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let admission: Admission = state.withLock { state in
                    // Checked under the lock: a cancellation that ran its handler before we got
                    // here has already set the flag, so the sender can't be left waiting forever.
                    if Task.isCancelled { return .refused(CancellationError()) }
                    if state.isClosed { return .refused(Closed()) }
                    if let admission = admit(element, into: &state) { return admission }
                    state.senders.append(Sender(id: id, element: element, continuation: continuation))
                    return .waiting
                }
                switch admission {
                case .handed(let receiver):
                    receiver.resume(returning: element)
                    continuation.resume()
                case .admitted: continuation.resume()
                case .waiting: break
                case .refused(let error): continuation.resume(throwing: error)
                }
            }
        } onCancel: {
            let cancelled = state.withLock { state in state.senders.remove { $0.id == id } }
            cancelled?.continuation.resume(throwing: CancellationError())
        }
    }

    private enum Admission {
        case handed(CheckedContinuation<Element?, Never>)
        case admitted, waiting
        case refused(any Error)
    }

    /// The next element, waiting while the channel is empty.
    /// - Returns: `nil` once the channel is closed and drained, or when the task is cancelled.
    package func receive() async -> Element? {
        if let ready = state.withLock({ takeReady(&$0) }) { return ready.element }
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Element?, Never>) in
                let ready: Ready? = state.withLock { state in
                    if Task.isCancelled { return Ready(element: nil) }
                    if let ready = takeReady(&state) { return ready }
                    state.receivers.append(Receiver(id: id, continuation: continuation))
                    return nil
                }
                if let ready { continuation.resume(returning: ready.element) }
            }
        } onCancel: {
            let cancelled = state.withLock { state in state.receivers.remove { $0.id == id } }
            cancelled?.continuation.resume(returning: nil)
        }
    }

    private struct Ready { var element: Element? }

    /// An element or the end of a closed channel, when either is there without waiting. Moves the
    /// first waiting sender's element into the room it frees.
    private func takeReady(_ state: inout State) -> Ready? {
        if let element = state.buffer.popFirst() {
            if let sender = state.senders.popFirst() {
                state.buffer.append(sender.element)
                sender.continuation.resume()
            }
            return Ready(element: element)
        }
        return state.isClosed ? Ready(element: nil) : nil
    }

    /// Refuses further sends; receivers get what is queued, then `nil`. Waiting senders throw `Closed`.
    package func close() {
        let (senders, receivers) = state.withLock { state in
            state.isClosed = true
            defer {
                state.senders = Queue()
                state.receivers = Queue()
            }
            // Waiting receivers imply an empty buffer, so they end now.
            return (state.senders, state.receivers)
        }
        for sender in senders { sender.continuation.resume(throwing: Closed()) }
        for receiver in receivers { receiver.continuation.resume(returning: nil) }
    }
}
