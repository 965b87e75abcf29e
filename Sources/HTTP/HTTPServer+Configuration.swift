import Glibc

extension HTTPServer {
    /// Where to listen, how many loops, and the limits and timeouts every connection gets.
    package struct Configuration: Sendable {
        /// An IPv4 or IPv6 literal, or `localhost` (127.0.0.1).
        package var host = "127.0.0.1"
        /// 0 picks a free port; `start()` answers the real one.
        package var port = 8080
        /// Event-loop threads, each with its own listening socket (SO_REUSEPORT).
        package var eventLoops = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        /// The largest body read, after de-chunking: 413 beyond (CONTRACT.md `--max-body-bytes`).
        package var maxBodyBytes = 1 << 20
        /// The request line and header fields together: 431 beyond.
        package var maxHeaderBytes = 16 << 10
        /// The whole head must arrive within this, from its first byte: 408 and close after.
        package var headerTimeout: Duration = .seconds(10)
        /// The whole body must arrive within this, from the end of the head.
        package var bodyTimeout: Duration = .seconds(30)
        /// A keep-alive connection with no request in progress is closed after this.
        package var idleTimeout: Duration = .seconds(60)
        /// A connection whose answers make no progress out for this long is closed.
        package var writeTimeout: Duration = .seconds(30)
        /// Connections open at once; a new one beyond is answered 503 with `Retry-After`, closed
        /// and counted as refused (CONTRACT.md `--max-connections`).
        package var maxConnections = 10_000
        /// How long `shutdown()` waits for answers in flight before closing everything, after
        /// `bodyTimeout`: a body still coming when the drain began may take that long to arrive.
        package var shutdownGrace: Duration = .seconds(10)

        package init() {}
    }
}
