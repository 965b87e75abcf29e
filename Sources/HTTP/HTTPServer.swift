import Glibc
import Synchronization

/// The HTTP/1.1 server: epoll event loops, one per core, each with its own listening socket.
///
/// Requests are read, parsed and handed to the responder on the loop's thread; `.later` answers
/// run as tasks and come back to the loop, which writes every connection's answers in request
/// order. Limits and timeouts come from `Configuration`; the server answers what it refuses
/// itself (400, 408, 413, 414, 431, 501, 505, and 503 over `maxConnections`) with a JSON error
/// body and closes.
///
/// ```swift
/// let server = HTTPServer(configuration: configuration, responder: gateway)
/// let port = try server.start()
/// print("listening on http://\(configuration.host):\(port)")
/// // on SIGTERM:
/// await server.shutdown()
/// ```
package final class HTTPServer: Sendable {
    private let configuration: Configuration
    private let responder: any HTTPResponder
    private let counters = ServerCounters()
    private let loops = Mutex<[EventLoop]>([])

    package init(configuration: Configuration, responder: any HTTPResponder) {
        self.configuration = configuration
        self.responder = responder
    }

    /// Binds, listens and starts the loop threads.
    /// - Returns: the port listened on (the free one picked when the configuration says 0).
    /// - Throws: `HTTPServerError` when the address is invalid or the port cannot be bound.
    package func start() throws -> Int {
        let (listeners, port) = try Socket.listeners(
            host: configuration.host, port: configuration.port, count: max(1, configuration.eventLoops))
        do throws(HTTPServerError) {
            var started: [EventLoop] = []
            for listener in listeners {
                started.append(
                    try EventLoop(
                        listener: listener, configuration: configuration, responder: responder, counters: counters))
            }
            for loop in started { loop.startThread() }
            loops.withLock { $0 = started }
            return port
        } catch {
            for listener in listeners { close(listener) }
            throw error
        }
    }

    /// Graceful stop: no new connections; idle ones, and ones with part of a head only, close at
    /// once; every request already read whole is answered (`.later` ones included), and so is one
    /// whose body is still coming once it has arrived; each connection closes after its last answer.
    /// Returns when every connection has closed, or `bodyTimeout` and then `shutdownGrace` ran out
    /// (the longest a body may still take, then time to answer it) and the rest were closed.
    package func shutdown() async {
        let running = loops.withLock { $0 }
        for loop in running { loop.inbox.post(.drain) }
        let deadline = ContinuousClock.now.advanced(by: configuration.bodyTimeout + configuration.shutdownGrace)
        while counters.open.load(ordering: .acquiring) > 0, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        for loop in running { loop.inbox.post(.stop) }
        while counters.runningLoops.load(ordering: .acquiring) > 0 {
            try? await Task.sleep(for: .milliseconds(2))
        }
        loops.withLock { $0 = [] }
    }

    /// A snapshot of connection counts and of the answers the server made itself.
    package var statistics: Statistics { counters.snapshot() }
}
