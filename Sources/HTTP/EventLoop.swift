import CEpoll
import Glibc

/// One thread, one epoll set, one listening socket: accepts connections and runs them.
///
/// Thread-confined: after `startThread()` only the loop's own thread touches its mutable state;
/// other threads reach it only through `inbox`, which is `Sendable`. That invariant is why the
/// class may be `@unchecked Sendable`: the server keeps a reference to post to the inbox.
final class EventLoop: @unchecked Sendable {
    let inbox: LoopInbox
    let responder: any HTTPResponder
    let counters: ServerCounters
    let limits: HTTPRequestParser.Limits
    let timeouts: Timeouts
    let maxConnections: Int
    private let epoll: Int32
    private var listener: Int32
    var connections: [Connection?] = []
    private var nextID: UInt64 = 1
    var now: Int64
    var date = HTTPDate()
    /// Draining for shutdown: no new connections, close each once it has answered what it read
    /// and the requests whose bodies were coming.
    var isDraining = false
    private var isRunning = true
    private var nextScan: Int64 = 0
    /// While out of descriptors the listener leaves the epoll set until then (0: not paused).
    private var listenerPausedUntil: Int64 = 0

    /// The timeouts in nanoseconds.
    struct Timeouts {
        var header: Int64
        var body: Int64
        var idle: Int64
        var write: Int64
        /// How long a closing connection keeps discarding input so the client reads our answer
        /// instead of a reset (RFC 9112 §9.6).
        var linger: Int64 = 2_000_000_000
        /// How often deadlines are checked.
        var scanInterval: Int64
    }

    /// Answers waiting behind a slow one beyond this stop the reading of more requests.
    static let maxPipelined = 64
    /// Unsent output beyond this stops the reading of more requests.
    static let maxOutputBytes = 4 << 20

    private static let listenerTag: UInt64 = 1 << 40
    private static let inboxTag: UInt64 = 2 << 40

    init(
        listener: Int32, configuration: HTTPServer.Configuration, responder: any HTTPResponder,
        counters: ServerCounters
    ) throws(HTTPServerError) {
        self.listener = listener
        self.responder = responder
        self.counters = counters
        self.limits = .init(maxHeaderBytes: configuration.maxHeaderBytes, maxBodyBytes: configuration.maxBodyBytes)
        let shortest = min(
            configuration.headerTimeout, configuration.bodyTimeout, configuration.idleTimeout,
            configuration.writeTimeout)
        self.timeouts = Timeouts(
            header: configuration.headerTimeout.nanoseconds, body: configuration.bodyTimeout.nanoseconds,
            idle: configuration.idleTimeout.nanoseconds, write: configuration.writeTimeout.nanoseconds,
            scanInterval: max(10_000_000, min(250_000_000, shortest.nanoseconds / 4)))
        self.maxConnections = configuration.maxConnections
        self.now = Socket.monotonicNanoseconds()
        self.inbox = try LoopInbox()
        self.epoll = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard epoll >= 0 else { throw .system("epoll_create1") }
        register(listener, tag: Self.listenerTag, events: EPOLLIN.rawValue)
        register(inbox.eventFD, tag: Self.inboxTag, events: EPOLLIN.rawValue)
    }

    func startThread() {
        counters.runningLoops.wrappingAdd(1, ordering: .sequentiallyConsistent)
        let box = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { argument in
                guard let argument else { return nil }
                let loop = Unmanaged<EventLoop>.fromOpaque(argument).takeRetainedValue()
                loop.run()
                return nil
            }, box)
        if result == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<EventLoop>.fromOpaque(box).release()
            counters.runningLoops.wrappingSubtract(1, ordering: .sequentiallyConsistent)
        }
    }

    // MARK: - The loop

    private func run() {
        var events = [epoll_event](repeating: epoll_event(), count: 512)
        while isRunning {
            let count = events.withUnsafeMutableBufferPointer {
                epoll_wait(epoll, $0.baseAddress, Int32($0.count), Int32(timeouts.scanInterval / 1_000_000))
            }
            now = Socket.monotonicNanoseconds()
            date.update(now: Socket.wallSeconds())
            if count < 0 && errno != EINTR { break }
            for index in 0..<max(0, Int(count)) {
                let event = events[index]
                dispatch(tag: event.data.u64, events: event.events)
            }
            if now >= nextScan {
                nextScan = now + timeouts.scanInterval
                scanDeadlines()
                resumeListenerIfDue()
            }
        }
        closeAll()
    }

    private func dispatch(tag: UInt64, events: UInt32) {
        switch tag {
        case Self.listenerTag: acceptAll()
        case Self.inboxTag: handleInbox()
        default:
            let fd = Int(truncatingIfNeeded: tag)
            guard fd < connections.count, let connection = connections[fd] else { return }
            if events & (EPOLLERR.rawValue | EPOLLHUP.rawValue) != 0 {
                // HUP on TCP: both directions are gone (or reset); nothing can be answered.
                close(connection)
                return
            }
            if events & EPOLLIN.rawValue != 0 { readable(connection) }
            if events & EPOLLOUT.rawValue != 0, connections[fd] === connection { writable(connection) }
        }
    }

    private func acceptAll() {
        while true {
            let fd = accept4(listener, nil, nil, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
            if fd < 0 {
                switch errno {
                case EINTR, ECONNABORTED, EPROTO: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    // Out of descriptors: the pending connection keeps the listener readable, so leave
                    // it out of the epoll set for a moment instead of spinning on it.
                    epoll_ctl(epoll, EPOLL_CTL_DEL, listener, nil)
                    listenerPausedUntil = now + 100_000_000
                    return
                default: return
                }
            }
            counters.accepted.wrappingAdd(1, ordering: .relaxed)
            let open = counters.open.wrappingAdd(1, ordering: .relaxed).newValue
            guard open <= maxConnections, !isDraining else {
                counters.open.wrappingSubtract(1, ordering: .relaxed)
                refuse(fd)
                continue
            }
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            let connection = Connection(fd: fd, id: nextID, limits: limits, now: now)
            nextID += 1
            if Int(fd) >= connections.count {
                connections.append(contentsOf: repeatElement(nil, count: Int(fd) + 1 - connections.count + 64))
            }
            connections[Int(fd)] = connection
            connection.interest = EPOLLIN.rawValue
            register(fd, tag: UInt64(fd), events: EPOLLIN.rawValue)
        }
    }

    private func resumeListenerIfDue() {
        guard listenerPausedUntil != 0, now >= listenerPausedUntil else { return }
        listenerPausedUntil = 0
        if listener >= 0 { register(listener, tag: Self.listenerTag, events: EPOLLIN.rawValue) }
    }

    private func handleInbox() {
        for message in inbox.takeAll() {
            switch message {
            case .answer(let fd, let id, let sequence, let answer):
                guard Int(fd) < connections.count, let connection = connections[Int(fd)], connection.id == id else {
                    continue
                }
                complete(connection, sequence: sequence, answer)
                process(connection)
            case .drain:
                beginDraining()
            case .stop:
                isRunning = false
            }
        }
    }

    private func beginDraining() {
        isDraining = true
        if listener >= 0 {
            epoll_ctl(epoll, EPOLL_CTL_DEL, listener, nil)
            Glibc.close(listener)
            listener = -1
        }
        // What has reached a socket already counts as sent before the stop: a head that is there
        // begins a request that the drain then finishes, and a whole request's answer says close.
        for case let connection? in connections
        where connection.interest & EPOLLIN.rawValue != 0 && !connection.isLingering {
            readable(connection)
        }
        // Each connection closes once it has answered what it read whole, a request whose body
        // is still coming included (`finishesDuringDrain`); idle ones close now.
        for case let connection? in connections { flush(connection) }
    }

    private func closeAll() {
        for case let connection? in connections { close(connection) }
        if listener >= 0 { Glibc.close(listener) }
        inbox.close()
        Glibc.close(epoll)
        counters.runningLoops.wrappingSubtract(1, ordering: .sequentiallyConsistent)
    }

    // MARK: - epoll

    private func register(_ fd: Int32, tag: UInt64, events: UInt32) {
        var event = epoll_event()
        event.events = events
        event.data.u64 = tag
        epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event)
    }

    /// Asks epoll for what the connection can use now: input while it may read more requests
    /// (or is discarding before close), output while answers wait to be sent.
    func updateInterest(_ connection: Connection) {
        var wanted: UInt32 = 0
        if connection.isLingering {
            wanted = EPOLLIN.rawValue
        } else {
            let canRead =
                !connection.peerClosed && (!isDraining || finishesDuringDrain(connection)) && connection.acceptsRequests
                && connection.sequencer.outstanding < Self.maxPipelined
                && connection.output.count - connection.outputStart < Self.maxOutputBytes
            if canRead { wanted |= EPOLLIN.rawValue }
            if connection.hasPendingOutput { wanted |= EPOLLOUT.rawValue }
        }
        guard wanted != connection.interest else { return }
        connection.interest = wanted
        var event = epoll_event()
        event.events = wanted
        event.data.u64 = UInt64(connection.fd)
        epoll_ctl(epoll, EPOLL_CTL_MOD, connection.fd, &event)
    }

    func close(_ connection: Connection) {
        guard Int(connection.fd) < connections.count, connections[Int(connection.fd)] === connection else { return }
        connections[Int(connection.fd)] = nil
        epoll_ctl(epoll, EPOLL_CTL_DEL, connection.fd, nil)
        Glibc.close(connection.fd)
        counters.open.wrappingSubtract(1, ordering: .releasing)
    }
}
