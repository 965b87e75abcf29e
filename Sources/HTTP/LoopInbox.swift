import CEpoll
import Glibc
import Synchronization

/// What other threads hand an event loop: answers finished by `.later` tasks, and orders.
///
/// Messages queue under a mutex; the loop sleeps in `epoll_wait` on an eventfd that a post to
/// an empty queue writes, after the lock is released: the write wakes the loop, which would
/// otherwise find the lock still held and sleep on it. The descriptor is closed only when the
/// inbox itself goes away, so a post racing with `close()` never writes to a reused descriptor.
final class LoopInbox: Sendable {
    enum Message: Sendable {
        /// The answer to request `sequence` of connection `id` on descriptor `fd`.
        case answer(fd: Int32, id: UInt64, sequence: Int, ResponseSequencer.Answer)
        /// Stop accepting; close idle connections; close the rest once answered.
        case drain
        /// Close everything and end the loop.
        case stop
    }

    private struct State {
        var messages: [Message] = []
        var isClosed = false
    }

    let eventFD: Int32
    private let state = Mutex(State())

    init() throws(HTTPServerError) {
        eventFD = eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC))
        guard eventFD >= 0 else { throw .system("eventfd") }
    }

    func post(_ message: Message) {
        let wakes = state.withLock { state in
            guard !state.isClosed else { return false }
            state.messages.append(message)
            return state.messages.count == 1
        }
        if wakes {
            var one: UInt64 = 1
            _ = write(eventFD, &one, 8)
        }
    }

    /// Everything posted so far. Clears the eventfd first, so a post racing with this call wakes the loop again.
    func takeAll() -> [Message] {
        var value: UInt64 = 0
        _ = read(eventFD, &value, 8)
        return state.withLock { state in
            defer { state.messages = [] }
            return state.messages
        }
    }

    /// Drops what is queued and refuses later posts; the eventfd stays open until `deinit`.
    func close() {
        state.withLock { state in
            state.isClosed = true
            state.messages = []
        }
    }

    deinit { _ = Glibc.close(eventFD) }
}
