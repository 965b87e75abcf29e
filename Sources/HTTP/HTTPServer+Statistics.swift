extension HTTPServer {
    /// A snapshot of the server's counters, e.g. for `/metrics`.
    package struct Statistics: Sendable, Equatable {
        /// The statuses the server answers on its own, without the responder; 503 is the answer
        /// to a connection over `maxConnections` that the socket took whole.
        package static let countedStatuses = [400, 408, 413, 414, 431, 501, 503, 505]

        /// Connections accepted since start, refused ones included.
        package var connectionsAccepted: Int
        /// Connections open now.
        package var connectionsOpen: Int
        /// Connections answered 503 and closed at once because `maxConnections` were open (or the
        /// server was draining).
        package var connectionsRefused: Int
        /// How many answers of each status in `countedStatuses` the server made itself (malformed
        /// requests, limits, timeouts); the responder's answers are not counted here.
        package var serverAnswers: [Int: Int]

        package init(
            connectionsAccepted: Int, connectionsOpen: Int, connectionsRefused: Int, serverAnswers: [Int: Int]
        ) {
            self.connectionsAccepted = connectionsAccepted
            self.connectionsOpen = connectionsOpen
            self.connectionsRefused = connectionsRefused
            self.serverAnswers = serverAnswers
        }
    }
}
